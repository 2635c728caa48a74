using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Live;

/// <summary>
/// Serves every viewer of the same key from one fetch per period: ref-counted keys that poll only while watched
/// (and for <see cref="SharedPollOptions.Linger"/> after), single-flight fetches on the clock grid, the last good
/// value kept with a stale mark while fetching fails, and a latest-wins mailbox per viewer. Not tied to PromQL:
/// the fetch is any async read keyed by <typeparamref name="TKey"/>.
/// </summary>
public sealed class SharedPoll<TKey, TValue> : IAsyncDisposable
    where TKey : notnull
{
    private readonly string _name;
    private readonly Func<TKey, CancellationToken, Task<TValue>> _fetch;
    private readonly SharedPollOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<TKey, PollKeyState<TKey, TValue>> _keys = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <param name="name">Names the source in logs.</param>
    public SharedPoll(
        string name, Func<TKey, CancellationToken, Task<TValue>> fetch, SharedPollOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _name = name;
        _fetch = fetch;
        _options = options;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>Keys currently polled (watched or lingering).</summary>
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

    /// <summary>
    /// Delivers the value of <paramref name="key"/> to <paramref name="onValue"/>: the latest known at once, then one
    /// per period. Values arrive one at a time; a slow receiver only misses intermediate values, never the newest.
    /// The token passed to <paramref name="onValue"/> is cancelled when the subscription is disposed.
    /// </summary>
    public LiveSubscription<TValue> Subscribe(TKey key, Func<LiveValue<TValue>, CancellationToken, ValueTask> onValue)
    {
        ArgumentNullException.ThrowIfNull(onValue);
        var subscription = new LiveSubscription<TValue>(_name, onValue, s => Leave(key, s), _logger);
        PollKeyState<TKey, TValue> state;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_keys.TryGetValue(key, out var existing))
            {
                existing = new PollKeyState<TKey, TValue>(_name, key, _fetch, _options, _time, _logger);
                _keys.Add(key, existing);
                existing.Start();
            }

            state = existing;
            state.Add(subscription);
        }

        subscription.Start();
        state.Join(subscription);
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        PollKeyState<TKey, TValue>[] states;
        lock (_gate)
        {
            _disposed = true;
            states = [.. _keys.Values];
            _keys.Clear();
        }

        foreach (var state in states)
        {
            state.Stop();
        }

        await Task.WhenAll(states.Select(state => state.Loop)).ConfigureAwait(false);
    }

    private void Leave(TKey key, LiveSubscription<TValue> subscription)
    {
        lock (_gate)
        {
            if (!_keys.TryGetValue(key, out var state) || !state.Remove(subscription))
            {
                return;
            }

            if (_options.Linger > TimeSpan.Zero)
            {
                state.Linger(Expire);
            }
            else
            {
                _keys.Remove(key);
                state.Stop();
            }
        }
    }

    private void Expire(PollKeyState<TKey, TValue> state)
    {
        lock (_gate)
        {
            // A viewer that came back during the linger keeps the key.
            if (state.SubscriberCount == 0 && _keys.TryGetValue(state.Key, out var current) && current == state)
            {
                _keys.Remove(state.Key);
                state.Stop();
            }
        }
    }
}
