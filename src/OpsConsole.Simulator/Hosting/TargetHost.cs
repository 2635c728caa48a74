using System.Net;
using OpsConsole.Simulator.Exposition;

namespace OpsConsole.Simulator.Hosting;

/// <summary>One running scrape target: its own Kestrel listener, so Prometheus sees its own instance.</summary>
internal sealed class TargetHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private TargetHost(WebApplication app, SimulatedTarget target)
    {
        _app = app;
        Target = target;
    }

    public SimulatedTarget Target { get; }

    public static async Task<TargetHost> StartAsync(TargetSpec spec, IPAddress address, int port, TimeProvider timeProvider, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var app = LoopbackServer.CreateBuilder(address, port, loggerFactory).Build();
        app.Run(context => ServeAsync(context, spec, timeProvider));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TargetLabels.Service] = spec.Service,
            [TargetLabels.Pod] = spec.Pod,
        };
        if (spec.MetricsPaths[0] != "/metrics")
        {
            labels[TargetLabels.MetricsPath] = spec.MetricsPaths[0];
        }

        var instance = $"{address}:{LoopbackServer.BoundPort(app)}";
        return new TargetHost(app, new SimulatedTarget(spec.Job, instance, spec.MetricsPaths[0], labels));
    }

    /// <summary>Stops answering scrapes, as a crashed process would, while discovery still lists the target.</summary>
    public bool IsCrashed => Volatile.Read(ref _stopped) != 0;

    public async Task CrashAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CrashAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task ServeAsync(HttpContext context, TargetSpec spec, TimeProvider timeProvider)
    {
        if (!spec.MetricsPaths.Contains(context.Request.Path.Value ?? string.Empty, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync($"Not found. This {spec.Job} target serves metrics at {string.Join(" and ", spec.MetricsPaths)}.\n", context.RequestAborted);
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        var writer = new ExpositionWriter();
        spec.Producer.Write(writer, timeProvider.GetUtcNow());
        context.Response.ContentType = ExpositionWriter.ContentType;
        return context.Response.WriteAsync(writer.ToString(), context.RequestAborted);
    }
}
