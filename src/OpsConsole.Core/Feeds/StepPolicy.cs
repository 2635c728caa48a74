namespace OpsConsole.Core.Feeds;

/// <summary>
/// Chooses the resolution of a range query: about one point per pixel, rounded up to a step a
/// person reads easily, never finer than the scrape interval and never more points than
/// Prometheus accepts.
/// </summary>
public static class StepPolicy
{
    /// <summary>Prometheus refuses a query_range that would return more points than this per series.</summary>
    public const int MaxPointsPerSeries = 11_000;

    private static readonly TimeSpan[] NiceSteps =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15),
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7),
    ];

    /// <summary>
    /// The step for showing <paramref name="range"/> across <paramref name="panelWidthPixels"/> pixels.
    /// <paramref name="minStep"/> (the scrape interval, typically) is used as it is when it is coarser
    /// than the nice step, so a 20 s scrape interval gives 20 s, not 30 s.
    /// </summary>
    public static TimeSpan Choose(TimeSpan range, int panelWidthPixels, TimeSpan minStep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(range, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(panelWidthPixels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minStep, TimeSpan.Zero);

        var perPixel = range / panelWidthPixels;
        var step = Max(RoundUpToNice(perPixel), minStep);

        // A query returns floor(range / step) + 1 points; only a very wide panel can get here.
        if (PointCount(range, step) > MaxPointsPerSeries)
        {
            step = RoundUpToNice(range / (MaxPointsPerSeries - 1));
        }

        return step;
    }

    /// <summary>How many points a range query over <paramref name="range"/> at <paramref name="step"/> returns per series.</summary>
    public static long PointCount(TimeSpan range, TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        return (range.Ticks / step.Ticks) + 1;
    }

    private static TimeSpan RoundUpToNice(TimeSpan raw)
    {
        foreach (var nice in NiceSteps)
        {
            if (nice >= raw)
            {
                return nice;
            }
        }

        // Beyond a week: whole weeks.
        var week = TimeSpan.FromDays(7);
        return week * Math.Ceiling(raw / week);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
