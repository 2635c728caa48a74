using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// What a live panel shows: the newest frame that carried data (kept through failures and pauses) and
/// why the latest refresh failed, if it did.
/// </summary>
public sealed record LivePanelState(PanelFrame? Frame, string? Error)
{
    public static LivePanelState Empty { get; } = new(null, null);

    /// <summary>A last good answer is on screen (the badge says "stale" rather than "error").</summary>
    public bool HasValue => Frame?.FetchedAt is not null;

    public bool Stale => Error is not null;

    /// <summary>When the data on screen was fetched.</summary>
    public DateTimeOffset? UpdatedAt => Frame?.FetchedAt;

    public IReadOnlyList<MetricSeries> Series => Frame?.Series ?? [];

    /// <summary>The state after <paramref name="frame"/> arrived: a failure with nothing new keeps the data on screen.</summary>
    public LivePanelState With(PanelFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var error = frame.Error is { } failure ? Describe(failure) : null;
        // A fresh subscription that failed before it ever succeeded has no series: keep ours.
        var keep = frame.Error is not null && frame.FetchedAt is null && HasValue;
        return new LivePanelState(keep ? Frame : frame, error);
    }

    /// <summary>
    /// The state once the health probe found Prometheus unreachable: the data stays, marked stale at once rather than
    /// after the next refresh's query timeout. The next frame that carries data clears the mark.
    /// </summary>
    public LivePanelState Unreachable() => Error is null ? this with { Error = Panels.PanelText.PrometheusUnreachable } : this;

    private static string Describe(PanelFeedError error) =>
        error.ErrorType == MetricsQueryException.Unreachable ? Panels.PanelText.PrometheusUnreachable : $"{error.ErrorType}: {error.Message}";
}
