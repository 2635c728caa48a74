using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>
/// One subscriber of the <see cref="AlertStream"/>: <see cref="Snapshot"/> is the state after event
/// <see cref="AlertSnapshot.Sequence"/>, and the callback then receives every later event exactly once, in order,
/// one at a time, off the caller's thread. Dispose to leave; <see cref="DisposeAsync"/> also waits until no
/// callback runs, so call <see cref="Dispose"/> (not DisposeAsync) from inside the callback itself.
/// </summary>
public sealed class AlertSubscription : IAsyncDisposable, IDisposable
{
    // Unbounded, but watched: dropping single events would corrupt the subscriber's copy, so a subscriber that
    // falls too far behind is dropped as a whole and told to start over.
    private readonly Channel<AlertStreamEvent> _queue = Channel.CreateUnbounded<AlertStreamEvent>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly Func<AlertStreamEvent, CancellationToken, ValueTask> _onEvent;
    private readonly Action<AlertSubscription> _leave;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _pump = Task.CompletedTask;
    private int _queued;
    private int _overflowedAt;
    private int _disposed;

    internal AlertSubscription(
        AlertSnapshot snapshot, Func<AlertStreamEvent, CancellationToken, ValueTask> onEvent, Action<AlertSubscription> leave, ILogger logger)
    {
        Snapshot = snapshot;
        _onEvent = onEvent;
        _leave = leave;
        _logger = logger;
    }

    /// <summary>The alerts at the moment of subscribing; events continue from <c>Snapshot.Sequence + 1</c>.</summary>
    public AlertSnapshot Snapshot { get; }

    /// <summary>
    /// Completes when the subscription ends: successfully once disposed, faulted with
    /// <see cref="AlertSubscriptionOverflowException"/> (after the events queued so far) when the stream dropped it.
    /// </summary>
    public Task Completion => _completion.Task;

    internal void Start() => _pump = PumpAsync(_cancel.Token);

    /// <summary>Queues an event; false when the subscriber is too far behind and must be dropped.</summary>
    internal bool Post(AlertStreamEvent change, int maxQueued)
    {
        var queued = Volatile.Read(ref _queued);
        if (queued >= maxQueued)
        {
            Volatile.Write(ref _overflowedAt, queued);
            _queue.Writer.TryComplete();
            return false;
        }
        Interlocked.Increment(ref _queued);
        _queue.Writer.TryWrite(change);
        return true;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _leave(this);
        _queue.Writer.TryComplete();
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
        // Leave the subscriber's thread and synchronization context at once; a Blazor component marshals back
        // with InvokeAsync itself.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var change))
                {
                    Interlocked.Decrement(ref _queued);
                    try
                    {
                        await _onEvent(change, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        // One broken subscriber must not stop its own later events, nor anyone else's.
                        AlertStreamLog.SubscriberThrew(_logger, change.Sequence, change.Change, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            var overflowedAt = Volatile.Read(ref _overflowedAt);
            if (overflowedAt > 0 && Volatile.Read(ref _disposed) == 0)
            {
                _completion.TrySetException(new AlertSubscriptionOverflowException(overflowedAt));
            }
            else
            {
                _completion.TrySetResult();
            }
        }
    }
}
