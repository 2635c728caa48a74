using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>
/// What a viewer draws. After a failure the frame still carries the last good series, with
/// <see cref="Error"/> set and <see cref="Stale"/> true, so a panel never goes blank.
/// </summary>
public sealed record PanelFrame
{
    public required FeedKey Key { get; init; }

    /// <summary>The window <see cref="Series"/> cover (for a stale frame: the window of the last good answer).</summary>
    public required FeedWindow Window { get; init; }

    /// <summary>For range queries, downsampled to at most two points per pixel of the viewer; an instant query gives one point per series.</summary>
    public required IReadOnlyList<MetricSeries> Series { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyList<string> Infos { get; init; } = [];

    /// <summary>When <see cref="Series"/> were fetched; null when no query for this key ever succeeded.</summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>The latest query failed; cleared by the next success.</summary>
    public PanelFeedError? Error { get; init; }

    public bool Stale => Error is not null;
}
