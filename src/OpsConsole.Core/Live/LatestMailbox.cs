using System.Threading.Channels;

namespace OpsConsole.Core.Live;

/// <summary>
/// One viewer's single-slot mailbox and the loop that empties it: a value posted while the viewer is still busy with
/// the previous one replaces whatever waits, so a slow viewer skips to the newest instead of queueing old ones and
/// never holds up the producer. Values are delivered one at a time, off the poster's thread and context.
/// </summary>
internal sealed class LatestMailbox<T>
{
    private readonly Channel<T> _slot = Channel.CreateBounded<T>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Func<T, CancellationToken, ValueTask> _deliver;
    private readonly Action<Exception> _deliveryFailed;
    private readonly CancellationTokenSource _cancel = new();
    private Task _pump = Task.CompletedTask;

    /// <param name="deliver">Hands one value to the viewer; the token is cancelled when the mailbox closes.</param>
    /// <param name="deliveryFailed">Told when <paramref name="deliver"/> threw; later values are still delivered.</param>
    public LatestMailbox(Func<T, CancellationToken, ValueTask> deliver, Action<Exception> deliveryFailed)
    {
        _deliver = deliver;
        _deliveryFailed = deliveryFailed;
    }

    public void Start() => _pump = PumpAsync(_cancel.Token);

    public void Post(T value) => _slot.Writer.TryWrite(value);

    /// <summary>Stops delivering at once; a delivery in progress sees its token cancelled.</summary>
    public void Close()
    {
        _slot.Writer.TryComplete();
        _cancel.Cancel();
    }

    /// <summary>After <see cref="Close"/>: waits until no delivery runs. Not from inside a delivery: it would wait for itself.</summary>
    public async ValueTask WaitClosedAsync()
    {
        await _pump.ConfigureAwait(false);
        _cancel.Dispose();
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        // Leave the poster's thread and synchronization context at once: the viewer marshals to its own (InvokeAsync).
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            while (await _slot.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_slot.Reader.TryRead(out var value))
                {
                    try
                    {
                        await _deliver(value, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        // One broken viewer must not stop its own later values, nor anyone else's.
                        _deliveryFailed(exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
