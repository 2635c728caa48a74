using Microsoft.Extensions.Logging;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Live;

/// <summary>
/// The shared work of one key of a <see cref="SharedPoll{TKey, TValue}"/>: its viewers, its loop on the clock grid,
/// the fetch in flight (single-flight) and the newest value. Lives while the key has viewers (plus the linger).
/// </summary>
internal sealed class PollKeyState<TKey, TValue>
    where TKey : notnull
{
    private readonly string _source;
    private readonly Func<TKey, CancellationToken, Task<TValue>> _fetch;
    private readonly SharedPollOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private LiveSubscription<TValue>[] _subscribers = [];
    private LiveValue<TValue>? _latest;
    private DateTimeOffset? _latestTick;
    private (DateTimeOffset Tick, Task Done)? _inFlight;
    private CancellationTokenSource? _linger;
    private Task _loop = Task.CompletedTask;

    public PollKeyState(
        string source, TKey key, Func<TKey, CancellationToken, Task<TValue>> fetch, SharedPollOptions options, TimeProvider time, ILogger logger)
    {
        _source = source;
        Key = key;
        _fetch = fetch;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public TKey Key { get; }

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public Task Loop => _loop;

    public LiveValue<TValue>? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>Called under the poll's lock; a lingering key is kept.</summary>
    public void Add(LiveSubscription<TValue> subscription)
    {
        Volatile.Write(ref _subscribers, [.. _subscribers, subscription]);
        _linger?.Cancel();
        _linger = null;
    }

    /// <summary>Called under the poll's lock; true when nobody is left.</summary>
    public bool Remove(LiveSubscription<TValue> subscription)
    {
        LiveSubscription<TValue>[] remaining = [.. _subscribers.Where(s => s != subscription)];
        Volatile.Write(ref _subscribers, remaining);
        return remaining.Length == 0;
    }

    /// <summary>Called under the poll's lock when the last viewer left: waits out the linger, then asks to be removed.</summary>
    public void Linger(Action<PollKeyState<TKey, TValue>> expire)
    {
        var linger = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        _linger = linger;
        _ = ExpireAfterAsync(expire, linger.Token);
    }

    private async Task ExpireAfterAsync(Action<PollKeyState<TKey, TValue>> expire, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.Linger, _time, cancellationToken).ConfigureAwait(false);
            expire(this);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public void Start() => _loop = RunAsync(_stop.Token);

    /// <summary>Nobody watches any more: stop ticking and abandon the fetch in flight, which no one awaits now.</summary>
    public void Stop() => _stop.Cancel();

    /// <summary>A viewer arrived: show it what is known at once and make sure the current tick is (being) fetched.</summary>
    public void Join(LiveSubscription<TValue> subscription)
    {
        if (Latest is { } latest)
        {
            subscription.Post(latest);
        }

        _ = RefreshAsync(ClockGrid.AlignDown(_time.GetUtcNow(), _options.Period), _stop.Token);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        // The next tick is computed from the clock each time rather than by a fixed-period timer, so a screen running
        // for weeks stays on the grid; a tick that fell due while the previous fetch ran fires at once (one catch-up).
        var next = ClockGrid.AlignDown(_time.GetUtcNow(), _options.Period) + _options.Period;
        try
        {
            while (true)
            {
                var wait = next - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, stopping).ConfigureAwait(false);
                }

                // The tick that was due, not the clock's: a timer firing a hair early would otherwise land on the
                // previous tick, a cache hit, and the refresh would be silently skipped.
                var now = _time.GetUtcNow();
                await RefreshAsync(now > next ? ClockGrid.AlignDown(now, _options.Period) : next, stopping).ConfigureAwait(false);
                var dueNow = ClockGrid.AlignDown(_time.GetUtcNow(), _options.Period);
                next = next + _options.Period > dueNow ? next + _options.Period : dueNow;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Makes sure <paramref name="tick"/> is fetched once, however many callers ask; completes when it is.</summary>
    private Task RefreshAsync(DateTimeOffset tick, CancellationToken stopping)
    {
        lock (_gate)
        {
            // A tick whose fetch failed is fetched again when asked: a viewer arriving must not be handed the error
            // until the next tick.
            if (_latestTick == tick && _latest is { IsStale: false })
            {
                return Task.CompletedTask;
            }

            if (_inFlight is { } inFlight && inFlight.Tick == tick)
            {
                return inFlight.Done;
            }

            var done = FetchAsync(tick, stopping);
            if (!done.IsCompleted)
            {
                _inFlight = (tick, done);
            }

            return done;
        }
    }

    private async Task FetchAsync(DateTimeOffset tick, CancellationToken stopping)
    {
        // Off the caller's thread and synchronization context (a Blazor circuit's): a viewer never runs backend code.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            var value = await FetchValueAsync(stopping).ConfigureAwait(false);
            if (value is not null)
            {
                Publish(tick, value.Value);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_inFlight is { } inFlight && inFlight.Tick == tick)
                {
                    _inFlight = null;
                }
            }
        }
    }

    /// <summary>The fetched value, or the failure; null when abandoned because nobody watches.</summary>
    private async Task<(TValue? Value, LiveError? Error)?> FetchValueAsync(CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            return (await _fetch(Key, linked.Token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            return (default, Failed(LiveError.Timeout, null, $"No answer within {_options.Timeout.TotalSeconds:0.#} s.", exception));
        }
        catch (MetricsQueryException exception)
        {
            return (default, Failed(exception.ErrorType, exception.StatusCode, exception.Message, exception));
        }
        catch (Exception exception)
        {
            return (default, Failed(LiveError.Unexpected, null, exception.Message, exception));
        }
    }

    private LiveError Failed(string errorType, int? statusCode, string message, Exception exception)
    {
        SharedPollLog.FetchFailed(_logger, _source, errorType, statusCode, Key.ToString() ?? string.Empty, exception);
        lock (_gate)
        {
            return new LiveError(errorType, statusCode, message, _latest?.Error?.Since ?? _time.GetUtcNow());
        }
    }

    private void Publish(DateTimeOffset tick, (TValue? Value, LiveError? Error) fetched)
    {
        LiveValue<TValue> value;
        lock (_gate)
        {
            if (_latestTick > tick)
            {
                // A slow answer for an older tick: the newer one already shown wins.
                return;
            }

            var version = (_latest?.Version ?? 0) + 1;
            if (fetched.Error is { } error)
            {
                // Never blank a viewer: the last good value stays, marked with why it is not current.
                value = _latest is { } last ? last with { Error = error, Version = version } : new LiveValue<TValue>(default, null, error, version);
            }
            else
            {
                if (_latest?.Error is { } ended)
                {
                    SharedPollLog.FetchRecovered(_logger, _source, Key.ToString() ?? string.Empty, ended.Since);
                }

                value = new LiveValue<TValue>(fetched.Value, _time.GetUtcNow(), null, version);
            }

            _latest = value;
            _latestTick = tick;
        }

        foreach (var subscription in Volatile.Read(ref _subscribers))
        {
            subscription.Post(value);
        }
    }
}
