using Microsoft.Extensions.Logging;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// The shared work of one <see cref="FeedKey"/>: its viewers, its refresh loop, the query in flight
/// (single-flight) and the newest frame (the cache for its window). Lives exactly as long as the key
/// has viewers.
/// </summary>
internal sealed class FeedKeyState
{
    private readonly IMetricsSource _source;
    private readonly PanelFeedOptions _options;
    private readonly TimeProvider _time;
    private readonly PanelFeedMetrics _metrics;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private PanelSubscription[] _subscribers = [];
    private SharedFrame? _latest;

    // The frame on hand is only remembered from before nobody watched: show it, but never serve it as the answer.
    private bool _latestIsRemembered;
    private InFlight? _inFlight;
    private DateTimeOffset? _failingSince;
    private long _version;
    private Task _loop = Task.CompletedTask;

    /// <param name="remembered">The last good frame of this key from before nobody watched it, shown to the first viewer at once.</param>
    public FeedKeyState(
        FeedKey key, IMetricsSource source, PanelFeedOptions options, TimeProvider time, PanelFeedMetrics metrics, ILogger logger,
        SharedFrame? remembered = null)
    {
        _latest = remembered;
        _latestIsRemembered = remembered is not null;
        // Versions go on from the remembered frame: a viewer drops any frame not newer than the last it was shown.
        _version = remembered?.Version ?? 0;
        Key = key;
        _source = source;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        RefreshPeriod = key.Refresh ?? key.Step * Math.Max(1, Math.Ceiling(options.MinRefreshInterval / key.Step));
    }

    public FeedKey Key { get; }

    /// <summary>A whole multiple of the step, so every tick lands on a new window; infinite when the key never refreshes.</summary>
    public TimeSpan RefreshPeriod { get; }

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public Task Loop => _loop;

    /// <summary>The newest frame that carried data, to remember when nobody watches any more; null when none did.</summary>
    public SharedFrame? LastGood
    {
        get
        {
            lock (_gate)
            {
                return _latest?.Frame.FetchedAt is not null ? _latest : null;
            }
        }
    }

    /// <summary>Called under the feed's lock.</summary>
    public void Add(PanelSubscription subscription) => Volatile.Write(ref _subscribers, [.. _subscribers, subscription]);

    /// <summary>Called under the feed's lock; true when nobody is left.</summary>
    public bool Remove(PanelSubscription subscription)
    {
        PanelSubscription[] remaining = [.. _subscribers.Where(s => s != subscription)];
        Volatile.Write(ref _subscribers, remaining);
        return remaining.Length == 0;
    }

    // A key that never refreshes only fetches when a viewer joins.
    public void Start() => _loop = RefreshPeriod == Timeout.InfiniteTimeSpan ? Task.CompletedTask : RunAsync(_stop.Token);

    /// <summary>Nobody watches any more: stop ticking and abandon the query in flight, which no one awaits now.</summary>
    public void Stop() => _stop.Cancel();

    /// <summary>A viewer arrived: show it what is known at once and make sure the current window is (being) fetched.</summary>
    public void Join(PanelSubscription subscription)
    {
        var window = FeedWindow.At(Key, _time.GetUtcNow());
        SharedFrame? latest;
        lock (_gate)
        {
            latest = _latest;
        }

        if (latest is not null)
        {
            subscription.Post(latest);
        }

        _ = RefreshAsync(window, _stop.Token);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        // Ticks fall on the grid of the refresh period, computed from the clock each time rather
        // than by a fixed-period timer, so a wall screen running for weeks stays on the step grid.
        // A tick that was due while the previous refresh ran fires at once (just one catch-up).
        var next = FeedWindow.AlignDown(_time.GetUtcNow(), RefreshPeriod) + RefreshPeriod;
        try
        {
            while (true)
            {
                var wait = next - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, stopping).ConfigureAwait(false);
                }

                // The window of the tick that was due, not of the clock: a timer may fire a hair early
                // (its monotonic clock against the wall clock), and the clock's window would then be
                // the previous one - a cache hit, and the tick silently skipped.
                var now = _time.GetUtcNow();
                await RefreshAsync(FeedWindow.At(Key, now > next ? now : next), stopping).ConfigureAwait(false);
                var dueNow = FeedWindow.AlignDown(_time.GetUtcNow(), RefreshPeriod);
                next = next + RefreshPeriod > dueNow ? next + RefreshPeriod : dueNow;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Makes sure <paramref name="window"/> is fetched once, however many callers ask; completes when it is.</summary>
    private Task RefreshAsync(FeedWindow window, CancellationToken stopping)
    {
        TaskCompletionSource fetched;
        lock (_gate)
        {
            // A window whose query failed is asked again: a viewer arriving (or a retry after the
            // backend is back) must not be handed the error until the next window.
            if (_latest is not null && !_latestIsRemembered && _latest.Requested == window && _latest.Frame.Error is null)
            {
                _metrics.CacheHit();
                return Task.CompletedTask;
            }

            if (_inFlight is not null && _inFlight.Window == window)
            {
                _metrics.CoalescedWait();
                return _inFlight.Done.Task;
            }

            fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight = new InFlight(window, fetched);
        }

        return FetchAsync(window, fetched, stopping);
    }

    private async Task FetchAsync(FeedWindow window, TaskCompletionSource fetched, CancellationToken stopping)
    {
        // Off the caller's thread and its synchronization context (a Blazor circuit's, typically):
        // a viewer subscribing never runs backend code.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            var frame = await QueryAsync(window, stopping).ConfigureAwait(false);
            if (frame is not null)
            {
                Publish(window, frame);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_inFlight?.Done == fetched)
                {
                    _inFlight = null;
                }
            }

            fetched.TrySetResult();
        }
    }

    /// <summary>The frame for <paramref name="window"/>: fresh, or the last good one marked stale; null when abandoned.</summary>
    private async Task<PanelFrame?> QueryAsync(FeedWindow window, CancellationToken stopping)
    {
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.QueryTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            var frame = Key.IsInstant
                ? await QueryInstantAsync(window, linked.Token).ConfigureAwait(false)
                : await QueryRangeAsync(window, linked.Token).ConfigureAwait(false);
            _metrics.QuerySent(true, null, _time.GetElapsedTime(started));
            return frame;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            return Failed(PanelFeedError.Timeout, null, $"The query did not answer within {_options.QueryTimeout.TotalSeconds:0.#} s.", exception, started);
        }
        catch (MetricsQueryException exception)
        {
            return Failed(exception.ErrorType, exception.StatusCode, exception.Message, exception, started);
        }
        catch (Exception exception)
        {
            return Failed(PanelFeedError.Unexpected, null, exception.Message, exception, started);
        }
    }

    private async Task<PanelFrame> QueryRangeAsync(FeedWindow window, CancellationToken cancellationToken)
    {
        var result = await _source.QueryRangeAsync(new RangeQuery(Key.Expression, window.Start, window.End, Key.Step), cancellationToken)
            .ConfigureAwait(false);
        return Succeeded(window, result.Value, result.Warnings, result.Infos);
    }

    private async Task<PanelFrame> QueryInstantAsync(FeedWindow window, CancellationToken cancellationToken)
    {
        var result = await _source.QueryAsync(Key.Expression, window.End, cancellationToken).ConfigureAwait(false);
        var series = result.Value.Select(sample => new MetricSeries(sample.Labels, [sample.Point])).ToList();
        return Succeeded(window, series, result.Warnings, result.Infos);
    }

    private PanelFrame Succeeded(FeedWindow window, IReadOnlyList<MetricSeries> series, IReadOnlyList<string> warnings, IReadOnlyList<string> infos)
    {
        lock (_gate)
        {
            if (_failingSince is { } since)
            {
                PanelFeedLog.QueryRecovered(_logger, Key.Expression, Key.BackendId, since);
                _failingSince = null;
            }
        }

        return new PanelFrame
        {
            Key = Key,
            Window = window,
            Series = series,
            Warnings = warnings,
            Infos = infos,
            FetchedAt = _time.GetUtcNow(),
        };
    }

    private PanelFrame Failed(string errorType, int? statusCode, string message, Exception exception, long started)
    {
        _metrics.QuerySent(false, errorType, _time.GetElapsedTime(started));
        PanelFeedLog.QueryFailed(_logger, errorType, statusCode, Key.Expression, Key.BackendId, exception);
        lock (_gate)
        {
            var since = _failingSince ??= _time.GetUtcNow();
            var error = new PanelFeedError(errorType, statusCode, message, since);

            // Never blank a panel: keep whatever was last shown, with the reason it is not current.
            return _latest is { } latest
                ? latest.Frame with { Error = error }
                : new PanelFrame { Key = Key, Window = new FeedWindow(since, since), Series = [], Error = error };
        }
    }

    private void Publish(FeedWindow window, PanelFrame frame)
    {
        SharedFrame shared;
        lock (_gate)
        {
            if (_latest is not null && _latest.Requested.End > window.End)
            {
                // A slow answer for an older window: the newer one already on screen wins.
                return;
            }

            shared = new SharedFrame(++_version, window, frame);
            _latest = shared;
            _latestIsRemembered = false;
        }

        foreach (var subscription in Volatile.Read(ref _subscribers))
        {
            subscription.Post(shared);
        }
    }

    private sealed record InFlight(FeedWindow Window, TaskCompletionSource Done);
}
