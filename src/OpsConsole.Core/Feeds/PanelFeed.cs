using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// Serves every viewer of the same panel from one query per refresh tick. Register as a singleton.
/// </summary>
/// <remarks>
/// Requests map to a <see cref="FeedKey"/>; a key runs a refresh loop only while it has
/// subscribers. Each tick asks for the step-aligned window once (single-flight), reuses the frame
/// for the rest of that window (cache), and fans it out; each viewer receives it thinned to its own
/// width.
/// </remarks>
public sealed class PanelFeed : IPanelFeed, IAsyncDisposable
{
    private readonly IMetricsSourceResolver _sources;
    private readonly PanelFeedOptions _options;
    private readonly TimeProvider _time;
    private readonly PanelFeedMetrics _metrics;
    private readonly ILogger<PanelFeed> _logger;
    private readonly Dictionary<FeedKey, FeedKeyState> _keys = [];
    private readonly RememberedFrames _remembered;
    private readonly Lock _gate = new();
    private bool _disposed;

    public PanelFeed(
        IMetricsSourceResolver sources, PanelFeedOptions options, TimeProvider timeProvider, PanelFeedMetrics metrics, ILogger<PanelFeed> logger)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _sources = sources;
        _options = options;
        _time = timeProvider;
        _metrics = metrics;
        _logger = logger;
        _remembered = new RememberedFrames(options.LastFrameMemory, options.RememberedKeys, timeProvider);
    }

    /// <summary>Distinct queries currently refreshed.</summary>
    public int ActiveKeyCount
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>Viewers currently subscribed, over all keys.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _keys.Values.Sum(state => state.SubscriberCount);
            }
        }
    }

    /// <summary>The shared work <paramref name="request"/> maps to; the step is chosen by <see cref="StepPolicy"/>.</summary>
    public FeedKey KeyFor(PanelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Expression);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Range, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.WidthPixels, 1);

        var minStep = request.MinStep ?? _options.DefaultMinStep;
        if (minStep < TimeSpan.FromSeconds(1))
        {
            // Finer steps than a second are never scraped; it also keeps the refresh loop sane.
            minStep = TimeSpan.FromSeconds(1);
        }

        var step = request.Range == TimeSpan.Zero
            ? minStep
            : StepPolicy.Choose(request.Range, _options.QueryWidthPixels, minStep);
        return new FeedKey(request.BackendId, request.Expression.Trim(), request.Range, step)
        {
            Refresh = request.End is not null ? PanelRequest.RefreshOff : RefreshPeriod(request.Refresh, step),
            End = request.End,
        };
    }

    // Normalised here, so viewers whose refresh choices land on the same period share the key.
    private TimeSpan? RefreshPeriod(TimeSpan? requested, TimeSpan step)
    {
        if (requested is not { } refresh || refresh == PanelRequest.RefreshOff)
        {
            return requested;
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(refresh, TimeSpan.Zero, nameof(PanelRequest.Refresh));
        var atLeast = refresh > _options.MinRefreshInterval ? refresh : _options.MinRefreshInterval;
        return step * Math.Max(1, Math.Ceiling(atLeast / step));
    }

    /// <inheritdoc />
    public PanelSubscription Subscribe(PanelRequest request, Func<PanelFrame, CancellationToken, ValueTask> onFrame)
    {
        ArgumentNullException.ThrowIfNull(onFrame);
        var key = KeyFor(request);
        var subscription = new PanelSubscription(request, key, onFrame, Leave, _logger);

        FeedKeyState state;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_keys.TryGetValue(key, out var existing))
            {
                existing = new FeedKeyState(key, _sources.Resolve(key.BackendId), _options, _time, _metrics, _logger, _remembered.Take(key));
                _keys.Add(key, existing);
                existing.Start();
                _metrics.KeyStarted();
                PanelFeedLog.KeyStarted(_logger, key.Expression, key.BackendId, key.Range, key.Step);
            }

            state = existing;
            state.Add(subscription);
            _metrics.SubscriberAdded();
        }

        subscription.Start();
        state.Join(subscription);
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        FeedKeyState[] states;
        lock (_gate)
        {
            _disposed = true;
            states = [.. _keys.Values];
            _keys.Clear();
        }

        foreach (var state in states)
        {
            state.Stop();
            _metrics.KeyStopped();
            _metrics.SubscriberRemoved(state.SubscriberCount);
        }

        await Task.WhenAll(states.Select(state => state.Loop)).ConfigureAwait(false);
    }

    private void Leave(PanelSubscription subscription)
    {
        lock (_gate)
        {
            if (!_keys.TryGetValue(subscription.Key, out var state))
            {
                // The feed was disposed first and already let go of every key.
                return;
            }

            _metrics.SubscriberRemoved();
            if (!state.Remove(subscription))
            {
                return;
            }

            _keys.Remove(subscription.Key);
            state.Stop();
            _remembered.Keep(subscription.Key, state.LastGood);
            _metrics.KeyStopped();
            PanelFeedLog.KeyStopped(_logger, subscription.Key.Expression, subscription.Key.BackendId);
        }
    }
}
