using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// One viewer's subscription to a panel. Frames reach the viewer one at a time through a
/// single-slot mailbox, so a slow viewer skips to the newest frame instead of queueing old ones,
/// and never holds up the shared refresh. Dispose to leave; <see cref="DisposeAsync"/> also waits
/// until no callback is running, so call <see cref="Dispose"/> (not DisposeAsync) from inside the
/// frame callback itself.
/// </summary>
public sealed class PanelSubscription : IAsyncDisposable, IDisposable
{
    private readonly Channel<SharedFrame> _mailbox = Channel.CreateBounded<SharedFrame>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Func<PanelFrame, CancellationToken, ValueTask> _onFrame;
    private readonly Action<PanelSubscription> _leave;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _cancel = new();
    private readonly Lock _gate = new();
    private SharedFrame? _lastPosted;
    private Task _pump = Task.CompletedTask;
    private int _widthPixels;
    private int _disposed;

    internal PanelSubscription(
        PanelRequest request, FeedKey key, Func<PanelFrame, CancellationToken, ValueTask> onFrame,
        Action<PanelSubscription> leave, ILogger logger)
    {
        Request = request;
        Key = key;
        _onFrame = onFrame;
        _leave = leave;
        _logger = logger;
        _widthPixels = request.WidthPixels;
    }

    public PanelRequest Request { get; }

    /// <summary>The shared work this viewer is part of.</summary>
    public FeedKey Key { get; }

    public int WidthPixels => Volatile.Read(ref _widthPixels);

    /// <summary>The panel was resized: the newest frame is delivered again, thinned to the new width, without a query.</summary>
    public void Resize(int widthPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPixels, 1);
        Volatile.Write(ref _widthPixels, widthPixels);
        lock (_gate)
        {
            if (_lastPosted is not null)
            {
                _mailbox.Writer.TryWrite(_lastPosted);
            }
        }
    }

    internal void Start() => _pump = PumpAsync(_cancel.Token);

    /// <summary>Queues <paramref name="frame"/> unless this viewer already has it or something newer.</summary>
    internal void Post(SharedFrame frame)
    {
        lock (_gate)
        {
            if (_lastPosted is not null && frame.Version <= _lastPosted.Version)
            {
                return;
            }

            _lastPosted = frame;
            _mailbox.Writer.TryWrite(frame);
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
        // Leave the subscriber's thread and synchronization context at once: the first frame may
        // already be waiting, and the viewer marshals to its own context (InvokeAsync) itself.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            while (await _mailbox.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_mailbox.Reader.TryRead(out var shared))
                {
                    var frame = FrameShaper.Shape(shared.Frame, WidthPixels, Request.Downsample);
                    try
                    {
                        await _onFrame(frame, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        // One broken viewer must not stop its own later frames, nor anyone else's.
                        PanelFeedLog.SubscriberThrew(_logger, Key.Expression, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
