using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Hosting;

namespace OpsConsole.Web.Health;

/// <summary>
/// Probes Prometheus every OpsConsole:HealthCheckInterval and publishes visible changes. The one source
/// of truth for the health chip, the "unreachable" banner and /readyz.
/// </summary>
public sealed partial class PrometheusHealthMonitor(
    IPrometheusProbe probe,
    TimeProvider timeProvider,
    IOptions<ConsoleOptions> options,
    ILogger<PrometheusHealthMonitor> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private ImmutableList<Action<PrometheusHealth>> _subscribers = [];
    private PrometheusHealth _current = PrometheusHealth.Unknown;

    public PrometheusHealth Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Calls <paramref name="onChange"/> on every visible change until the returned handle is disposed.</summary>
    public IDisposable Subscribe(Action<PrometheusHealth> onChange)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onChange);
        }
        return new Subscription(this, onChange);
    }

    /// <summary>Probes now and publishes the outcome; the background loop calls this on every tick.</summary>
    public async Task<PrometheusHealth> ProbeAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.HealthCheckInterval;
        // A probe must not outlive its interval, or a hanging backend would look healthy for 30 s.
        using var timeout = new CancellationTokenSource(interval, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        PrometheusHealth next;
        try
        {
            var version = await probe.ProbeAsync(linked.Token).ConfigureAwait(false);
            var now = timeProvider.GetUtcNow();
            next = new PrometheusHealth(PrometheusStatus.Reachable, version ?? Current.Version, null, now, now);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            next = Failed($"no answer within {interval.TotalSeconds:0.#} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            next = Failed(exception.Message);
        }
        Publish(next);
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HealthCheckInterval, timeProvider);
        do
        {
            await ProbeAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private PrometheusHealth Failed(string error)
    {
        var previous = Current;
        return new PrometheusHealth(PrometheusStatus.Unreachable, previous.Version, error, timeProvider.GetUtcNow(), previous.LastReachableAt);
    }

    private void Publish(PrometheusHealth next)
    {
        PrometheusHealth previous;
        ImmutableList<Action<PrometheusHealth>> subscribers;
        lock (_gate)
        {
            previous = _current;
            _current = next;
            subscribers = _subscribers;
        }
        if (!next.DiffersVisiblyFrom(previous))
        {
            return;
        }

        if (next.IsReachable)
        {
            LogReachable(next.Version ?? "unknown");
        }
        else
        {
            LogUnreachable(next.Error ?? "unknown error");
        }
        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber(next);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One broken viewer must not stop the others from hearing about the change.
                LogSubscriberFailed(exception);
            }
        }
    }

    private void Unsubscribe(Action<PrometheusHealth> onChange)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Remove(onChange);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus is reachable (version {PrometheusVersion})")]
    private partial void LogReachable(string prometheusVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prometheus is unreachable: {PrometheusError}")]
    private partial void LogUnreachable(string prometheusError);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Prometheus health subscriber failed")]
    private partial void LogSubscriberFailed(Exception exception);

    private sealed class Subscription(PrometheusHealthMonitor monitor, Action<PrometheusHealth> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                monitor.Unsubscribe(onChange);
            }
        }
    }
}
