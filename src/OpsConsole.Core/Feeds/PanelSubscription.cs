using Microsoft.Extensions.Logging;
using OpsConsole.Core.Live;

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
    private readonly LatestMailbox<SharedFrame> _mailbox;
    private readonly Action<PanelSubscription> _leave;
    private readonly Lock _gate = new();
    private SharedFrame? _lastPosted;
    private int _widthPixels;
    private int _disposed;

    internal PanelSubscription(
        PanelRequest request, FeedKey key, Func<PanelFrame, CancellationToken, ValueTask> onFrame,
        Action<PanelSubscription> leave, ILogger logger)
    {
        Request = request;
        Key = key;
        _leave = leave;
        _widthPixels = request.WidthPixels;
        // Each viewer receives the shared frame thinned to its own width at the moment of delivery.
        _mailbox = new LatestMailbox<SharedFrame>(
            (shared, ct) => onFrame(FrameShaper.Shape(shared.Frame, WidthPixels, Request.Downsample), ct),
            exception => PanelFeedLog.SubscriberThrew(logger, key.Expression, exception));
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
                _mailbox.Post(_lastPosted);
            }
        }
    }

    internal void Start() => _mailbox.Start();

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
            _mailbox.Post(frame);
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
