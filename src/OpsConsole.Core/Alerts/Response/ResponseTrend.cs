namespace OpsConsole.Core.Alerts.Response;

/// <summary>Which way MTTR moved against the previous week of the same service and severity.</summary>
public enum TrendDirection
{
    /// <summary>Nothing to compare: this week or the one before has no resolved incident.</summary>
    Unknown,

    /// <summary>MTTR fell by more than <see cref="ResponseTrend.Tolerance"/>.</summary>
    Better,

    /// <summary>Within <see cref="ResponseTrend.Tolerance"/> either way.</summary>
    Steady,

    /// <summary>MTTR rose by more than <see cref="ResponseTrend.Tolerance"/>.</summary>
    Worse,
}

/// <summary>
/// This week's MTTR against the previous calendar week's (week over week, not a fitted slope: a slope over a
/// handful of weekly means is dominated by one bad week, and "than last week" is what an operator asks).
/// <see cref="Change"/> is the relative change, -0.8 for the seed's "MTTR down 80 %".
/// </summary>
public sealed record ResponseTrend(TrendDirection Direction, double? Change)
{
    /// <summary>Smaller moves are noise at a few incidents a week.</summary>
    public const double Tolerance = 0.10;

    public static ResponseTrend Unknown { get; } = new(TrendDirection.Unknown, null);

    public static ResponseTrend Between(TimeSpan? previous, TimeSpan? current)
    {
        if (previous is not { } before || current is not { } now)
        {
            return Unknown;
        }
        if (before <= TimeSpan.Zero)
        {
            return now <= TimeSpan.Zero ? new ResponseTrend(TrendDirection.Steady, 0) : new ResponseTrend(TrendDirection.Worse, null);
        }
        var change = (now.Ticks - before.Ticks) / (double)before.Ticks;
        var direction = change < -Tolerance ? TrendDirection.Better : change > Tolerance ? TrendDirection.Worse : TrendDirection.Steady;
        return new ResponseTrend(direction, change);
    }
}
