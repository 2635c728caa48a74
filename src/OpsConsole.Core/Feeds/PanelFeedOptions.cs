namespace OpsConsole.Core.Feeds;

/// <summary>Tuning of <see cref="PanelFeed"/>; bind from configuration section "PanelFeed".</summary>
public sealed class PanelFeedOptions
{
    /// <summary>
    /// The resolution asked from the backend, in pixels. Deliberately independent of any viewer's
    /// width so every viewer shares the query; viewers get it thinned to their own width.
    /// </summary>
    public int QueryWidthPixels { get; set; } = 1920;

    /// <summary>The finest step when a request names none: the usual scrape interval.</summary>
    public TimeSpan DefaultMinStep { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Keys with a finer step refresh at the smallest multiple of their step at least this long.</summary>
    public TimeSpan MinRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A query still running after this long is abandoned and reported as a timeout.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the last good frame of a key nobody watches is kept (no query runs for it meanwhile): a viewer who comes
    /// back within this time, such as a wall screen's next board, sees the last values at once, even while the backend
    /// is down, instead of a blank panel.
    /// </summary>
    public TimeSpan LastFrameMemory { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most this many keys are remembered; the longest unwatched go first.</summary>
    public int RememberedKeys { get; set; } = 2000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(LastFrameMemory, TimeSpan.Zero, nameof(LastFrameMemory));
        ArgumentOutOfRangeException.ThrowIfNegative(RememberedKeys, nameof(RememberedKeys));
        ArgumentOutOfRangeException.ThrowIfLessThan(QueryWidthPixels, 1, nameof(QueryWidthPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultMinStep, TimeSpan.FromSeconds(1), nameof(DefaultMinStep));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinRefreshInterval, TimeSpan.FromSeconds(1), nameof(MinRefreshInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(QueryTimeout, TimeSpan.Zero, nameof(QueryTimeout));
    }
}
