using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Live;

/// <summary>
/// One viewer of a live key. Values reach the viewer one at a time through a single-slot mailbox, so a slow viewer
/// skips to the newest value instead of queueing old ones, and never holds up the shared fetch. Dispose to leave;
/// <see cref="DisposeAsync"/> also waits until no callback runs, so call <see cref="Dispose"/> from inside the callback.
/// </summary>
public sealed class LiveSubscription<T> : IAsyncDisposable, IDisposable
{
    private readonly LatestMailbox<LiveValue<T>> _mailbox;
    private readonly Action<LiveSubscription<T>> _leave;
    private readonly Lock _gate = new();
    private long _lastVersion = -1;
    private int _disposed;

    internal LiveSubscription(string source, Func<LiveValue<T>, CancellationToken, ValueTask> onValue, Action<LiveSubscription<T>> leave, ILogger logger)
    {
        _leave = leave;
        _mailbox = new LatestMailbox<LiveValue<T>>(onValue, exception => SharedPollLog.SubscriberThrew(logger, source, exception));
    }

    internal void Start() => _mailbox.Start();

    /// <summary>Queues <paramref name="value"/> unless this viewer already has it or something newer.</summary>
    internal void Post(LiveValue<T> value)
    {
        lock (_gate)
        {
            if (value.Version <= _lastVersion)
            {
                return;
            }

            _lastVersion = value.Version;
            _mailbox.Post(value);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _leave(this);
        _mailbox.Close();
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _mailbox.WaitClosedAsync().ConfigureAwait(false);
    }
}
