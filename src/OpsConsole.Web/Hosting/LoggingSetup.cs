using Serilog;
using Serilog.Events;

namespace OpsConsole.Web.Hosting;

internal static class LoggingSetup
{
    private static readonly string[] ProbePaths = ["/healthz", "/readyz", "/metrics"];

    /// <summary>Serilog from the "Serilog" configuration section (sinks, levels, enrichers).</summary>
    /// <remarks>
    /// The static <c>Log.Logger</c> is left alone: otherwise the host's logger factory writes through that one
    /// process-wide logger, and two hosts in one process (tests, tools) would log into each other's sinks.
    /// </remarks>
    public static WebApplicationBuilder AddConsoleLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One structured event per request; probes and scrapes are verbose so they don't drown the log.</summary>
    public static IApplicationBuilder UseConsoleRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger, not the static one (see AddConsoleLogging).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? LogEventLevel.Error
                    : ProbePaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
                        ? LogEventLevel.Verbose
                        : LogEventLevel.Information;
        });
}
