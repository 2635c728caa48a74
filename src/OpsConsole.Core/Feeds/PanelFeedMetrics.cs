using System.Diagnostics.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// The feed's own instruments on the meter "OpsConsole.PanelFeed": how much work the sharing saves
/// and how the backend answers.
/// </summary>
public sealed class PanelFeedMetrics
{
    public const string MeterName = "OpsConsole.PanelFeed";

    private readonly Counter<long> _queries;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _coalescedWaits;
    private readonly Histogram<double> _queryDuration;
    private int _subscribers;
    private int _activeKeys;

    public PanelFeedMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(new MeterOptions(MeterName));
        _queries = Meter.CreateCounter<long>("opsconsole.panelfeed.queries", "{query}", "Queries sent to a metrics backend.");
        _cacheHits = Meter.CreateCounter<long>("opsconsole.panelfeed.cache_hits", "{request}", "Requests answered from the frame of the same window.");
        _coalescedWaits = Meter.CreateCounter<long>("opsconsole.panelfeed.coalesced_waits", "{request}", "Requests that joined a query already in flight.");
        _queryDuration = Meter.CreateHistogram<double>("opsconsole.panelfeed.query.duration", "s", "Time a backend took to answer.");
        Meter.CreateObservableGauge("opsconsole.panelfeed.subscribers", () => Volatile.Read(ref _subscribers), "{subscriber}", "Viewers subscribed to a panel.");
        Meter.CreateObservableGauge("opsconsole.panelfeed.active_keys", () => Volatile.Read(ref _activeKeys), "{key}", "Distinct queries being refreshed.");
    }

    public Meter Meter { get; }

    internal void QuerySent(bool succeeded, string? errorType, TimeSpan duration)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "error");
        var error = new KeyValuePair<string, object?>("error.type", errorType ?? string.Empty);
        _queries.Add(1, outcome, error);
        _queryDuration.Record(duration.TotalSeconds, outcome);
    }

    internal void CacheHit() => _cacheHits.Add(1);

    internal void CoalescedWait() => _coalescedWaits.Add(1);

    internal void SubscriberAdded() => Interlocked.Increment(ref _subscribers);

    internal void SubscriberRemoved(int count = 1) => Interlocked.Add(ref _subscribers, -count);

    internal void KeyStarted() => Interlocked.Increment(ref _activeKeys);

    internal void KeyStopped() => Interlocked.Decrement(ref _activeKeys);
}
