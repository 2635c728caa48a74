using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Live;

/// <summary>
/// One viewer of a live key. Values reach the viewer one at a time through a single-slot mailbox, so a slow viewer
/// skips to the newest value instead of queueing old ones, and never holds up the shared fetch. Dispose to leave;
/// <see cref="DisposeAsync"/> also waits until no callback runs, so call <see cref="Dispose"/> from inside the callback.
/// </summary>
public sealed class LiveSubscription<T> : IAsyncDisposable, IDisposable
{
    private readonly Channel<LiveValue<T>> _mailbox = Channel.CreateBounded<LiveValue<T>>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Func<LiveValue<T>, CancellationToken, ValueTask> _onValue;
    private readonly Action<LiveSubscription<T>> _leave;
    private readonly ILogger _logger;
    private readonly string _source;
    private readonly CancellationTokenSource _cancel = new();
    private readonly Lock _gate = new();
    private long _lastVersion = -1;
    private Task _pump = Task.CompletedTask;
    private int _disposed;

    internal LiveSubscription(string source, Func<LiveValue<T>, CancellationToken, ValueTask> onValue, Action<LiveSubscription<T>> leave, ILogger logger)
    {
        _source = source;
        _onValue = onValue;
        _leave = leave;
        _logger = logger;
    }

    internal void Start() => _pump = PumpAsync(_cancel.Token);

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
            _mailbox.Writer.TryWrite(value);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _leave(this);
        _mailbox.Writer.TryComplete();
        _cancel.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _pump.ConfigureAwait(false);
        _cancel.Dispose();
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        // Off the subscriber's thread and synchronization context at once: the viewer marshals to its own (InvokeAsync).
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            while (await _mailbox.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_mailbox.Reader.TryRead(out var value))
                {
                    try
                    {
                        await _onValue(value, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        // One broken viewer must not stop its own later values, nor anyone else's.
                        SharedPollLog.SubscriberThrew(_logger, _source, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
