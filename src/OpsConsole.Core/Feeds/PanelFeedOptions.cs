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

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(QueryWidthPixels, 1, nameof(QueryWidthPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultMinStep, TimeSpan.FromSeconds(1), nameof(DefaultMinStep));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinRefreshInterval, TimeSpan.FromSeconds(1), nameof(MinRefreshInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(QueryTimeout, TimeSpan.Zero, nameof(QueryTimeout));
    }
}
