using OpsConsole.Core.Downsampling;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// What one viewer of one panel asks for. <see cref="WidthPixels"/> only decides how far the
/// answer is thinned for this viewer; it never changes the query, so viewers of different widths
/// share it.
/// </summary>
/// <param name="Expression">PromQL after variable substitution.</param>
/// <param name="Range">How far back the panel looks; <see cref="TimeSpan.Zero"/> asks for an instant query.</param>
/// <param name="WidthPixels">The plot width on this viewer's screen; at most two points per pixel are delivered.</param>
public sealed record PanelRequest(string Expression, TimeSpan Range, int WidthPixels)
{
    public const string DefaultBackend = "default";

    /// <summary>Which metrics backend answers (see <see cref="IMetricsSourceResolver"/>).</summary>
    public string BackendId { get; init; } = DefaultBackend;

    /// <summary>The finest step worth asking for, usually the scrape interval; null uses <see cref="PanelFeedOptions.DefaultMinStep"/>.</summary>
    public TimeSpan? MinStep { get; init; }

    public DownsampleMode Downsample { get; init; } = DownsampleMode.Lttb;

    /// <summary>
    /// How often the viewer wants a new frame (a board's refresh picker); null follows the step.
    /// Rounded up to a whole multiple of the step: a faster refresh would only repeat the same window.
    /// <see cref="RefreshOff"/> delivers one frame and never refreshes.
    /// </summary>
    public TimeSpan? Refresh { get; init; }

    /// <summary>
    /// A fixed end of the window (an absolute time range) instead of now; such a window never
    /// changes, so it is fetched once and never refreshed.
    /// </summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The <see cref="Refresh"/> of a viewer that wants no periodic refresh.</summary>
    public static readonly TimeSpan RefreshOff = Timeout.InfiniteTimeSpan;

    /// <summary>A request for the current value of <paramref name="expression"/> (stat and gauge panels).</summary>
    public static PanelRequest Instant(string expression) => new(expression, TimeSpan.Zero, 1);
}
