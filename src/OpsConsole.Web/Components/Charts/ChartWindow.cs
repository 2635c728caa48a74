namespace OpsConsole.Web.Components.Charts;

/// <summary>
/// The time span the x-axis shows, in epoch milliseconds: the query window, so a few points stay
/// where they belong in the range instead of the axis stretching to fit them.
/// </summary>
public sealed record ChartWindow(long Start, long End)
{
    public static ChartWindow Of(DateTimeOffset start, DateTimeOffset end) => new(start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds());
}
