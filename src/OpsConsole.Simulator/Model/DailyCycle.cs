namespace OpsConsole.Simulator.Model;

/// <summary>The fleet's day, in China Standard Time (UTC+8, no daylight saving).</summary>
internal static class DailyCycle
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>0 at 03:00 local (quietest), 1 at 15:00 local (busiest), smooth in between.</summary>
    public static double Activity(DateTimeOffset at)
    {
        var local = at.ToOffset(ChinaOffset);
        var hour = local.TimeOfDay.TotalHours;
        return 0.5 - (0.5 * Math.Cos(2 * Math.PI * (hour - 3) / 24));
    }
}
