namespace OpsConsole.Web.Alerts;

/// <summary>How far back the weekly response times look by default: 13 calendar weeks, the ~90 days of a quarter.</summary>
public static class WeeklyResponseTimesWindow
{
    public const int DefaultWeeks = 13;

    /// <summary>The choices the history page offers.</summary>
    public static IReadOnlyList<int> Choices { get; } = [4, DefaultWeeks, 26];
}
