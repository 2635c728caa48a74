namespace OpsConsole.Core.Live;

/// <summary>
/// Times on a grid of whole periods since the Unix epoch. Live sources tick on it, so viewers asking a few seconds
/// apart share a tick, and a loop that recomputes its next tick from the clock never drifts over weeks.
/// </summary>
public static class ClockGrid
{
    public static DateTimeOffset AlignDown(DateTimeOffset time, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        var sinceEpoch = time - DateTimeOffset.UnixEpoch;
        var whole = sinceEpoch.Ticks - (((sinceEpoch.Ticks % period.Ticks) + period.Ticks) % period.Ticks);
        return DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(whole);
    }
}
