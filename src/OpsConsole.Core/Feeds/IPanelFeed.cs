namespace OpsConsole.Core.Feeds;

/// <summary>Live panel data shared between every viewer of the same panel.</summary>
public interface IPanelFeed
{
    /// <summary>
    /// Starts delivering frames for <paramref name="request"/> to <paramref name="onFrame"/>: the
    /// latest known frame at once, then one per refresh tick. Frames for one subscription arrive one
    /// at a time and a slow receiver only misses intermediate frames, never the newest. The token
    /// passed to <paramref name="onFrame"/> is cancelled when the subscription is disposed.
    /// Dispose the subscription to stop; the shared query stops when its last viewer leaves.
    /// </summary>
    PanelSubscription Subscribe(PanelRequest request, Func<PanelFrame, CancellationToken, ValueTask> onFrame);
}
