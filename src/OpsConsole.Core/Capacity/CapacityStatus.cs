using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Capacity;

/// <summary>One trigger now: how many series it watches and the one closest to (or furthest past) its threshold.</summary>
/// <param name="Worst">Null when the expression returned no series (no data).</param>
public sealed record CapacityStatus(int SeriesCount, CapacitySeriesStatus? Worst)
{
    public static CapacityStatus NoData { get; } = new(0, null);
}

/// <summary>One series of a trigger: its value, how long it has been above the threshold and when it will cross it.</summary>
/// <param name="Labels">The series' labels without the metric name.</param>
/// <param name="AboveFor">How long the trigger's alert has been active (pending or firing) for this series; null while it is not.</param>
/// <param name="Breach">Which of the answers below applies.</param>
/// <param name="Earliest">The sooner of the two fits' times to breach (for <see cref="CapacityBreach.Range"/> and <see cref="CapacityBreach.BeyondHorizon"/>).</param>
/// <param name="Latest">The later of the two; equal to <paramref name="Earliest"/> when only one fit predicts a breach.</param>
/// <param name="NotLinear">The two fits disagree (see <see cref="CapacityForecast"/>): the range is a poor guide.</param>
public sealed record CapacitySeriesStatus(
    LabelSet Labels,
    double Value,
    TimeSpan? AboveFor,
    CapacityBreach Breach,
    TimeSpan? Earliest,
    TimeSpan? Latest,
    bool NotLinear);

public enum CapacityBreach
{
    /// <summary>No fit could be made yet (fewer than two samples in the lookback).</summary>
    Unknown,

    /// <summary>Above the threshold now.</summary>
    Breached,

    /// <summary>Below and heading for it: <see cref="CapacitySeriesStatus.Earliest"/> to <see cref="CapacitySeriesStatus.Latest"/>.</summary>
    Range,

    /// <summary>Heading for it, but not within the horizon.</summary>
    BeyondHorizon,

    /// <summary>Flat or falling in both fits.</summary>
    NotApproaching,
}
