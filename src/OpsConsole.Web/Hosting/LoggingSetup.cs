using Serilog;
using Serilog.Events;

namespace OpsConsole.Web.Hosting;

internal static class LoggingSetup
{
    private static readonly string[] ProbePaths = ["/healthz", "/readyz", "/metrics"];

    /// <summary>Serilog from the "Serilog" configuration section (sinks, levels, enrichers).</summary>
    public static WebApplicationBuilder AddConsoleLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>One structured event per request; probes and scrapes are verbose so they don't drown the log.</summary>
    public static IApplicationBuilder UseConsoleRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                ? LogEventLevel.Error
                : ProbePaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
                    ? LogEventLevel.Verbose
                    : LogEventLevel.Information);
}
