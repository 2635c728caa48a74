using Microsoft.Extensions.Options;
using OpsConsole.Core.Capacity;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Live;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Capacity;

/// <summary>
/// The capacity page's live source: each trigger's queries once per period for every viewer, keyed by the queries
/// themselves (an edited trigger is a new key), with the last good reading kept while Prometheus fails. Singleton.
/// </summary>
public sealed class CapacitySource : IAsyncDisposable
{
    private readonly IMetricsSource _metrics;
    private readonly TimeProvider _time;
    private readonly SharedPoll<CapacityQueries, CapacityReading> _poll;

    public CapacitySource(IMetricsSourceResolver metrics, TimeProvider time, IOptions<CapacityOptions> options, ILogger<CapacitySource> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Forecast = settings.Forecast;
        _time = time;
        _metrics = metrics.Resolve(PanelRequest.DefaultBackend);
        _poll = new SharedPoll<CapacityQueries, CapacityReading>("capacity", FetchAsync,
            new SharedPollOptions { Period = settings.Refresh, Timeout = settings.FetchTimeout, Linger = settings.Linger }, time, logger);
    }

    public CapacityForecastOptions Forecast { get; }

    public LiveSubscription<CapacityReading> Subscribe(CapacityQueries queries, Func<LiveValue<CapacityReading>, CancellationToken, ValueTask> onValue) =>
        _poll.Subscribe(queries, onValue);

    public ValueTask DisposeAsync() => _poll.DisposeAsync();

    private async Task<CapacityReading> FetchAsync(CapacityQueries queries, CancellationToken cancellationToken)
    {
        // All at once, evaluated at the same instant, so the value, the fits and the alert state describe one moment.
        var at = _time.GetUtcNow();
        var answers = await Task.WhenAll(
            new[] { queries.Value, queries.ActiveSince, queries.Short.Intercept, queries.Short.Slope, queries.Long.Intercept, queries.Long.Slope }
                .Select(expression => _metrics.QueryAsync(expression, at, cancellationToken))).ConfigureAwait(false);
        return new CapacityReading(answers[0].Value, answers[1].Value,
            new CapacityFitReading(answers[2].Value, answers[3].Value), new CapacityFitReading(answers[4].Value, answers[5].Value));
    }
}
