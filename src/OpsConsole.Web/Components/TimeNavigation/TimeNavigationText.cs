using System.Globalization;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>The words of time navigation, from Resources/TimeNavigationText.resx (en) and TimeNavigationText.zh-CN.resx.</summary>
internal static class TimeNavigationText
{
    private static readonly TextResource Text = new(nameof(TimeNavigationText));

    public static string Absolute => Text.Get();

    public static string From => Text.Get();

    public static string To => Text.Get();

    public static string Time => Text.Get();

    public static string Apply => Text.Get();

    public static string AbsoluteIncomplete => Text.Get();

    public static string AbsoluteInverted => Text.Get();

    public static string RefreshOff => Text.Get();

    public static string ViewPanel => Text.Get();

    public static string BackToBoard => Text.Get();

    public static string UrlIgnored => Text.Get();

    public static string RangeLabel => Text.Get();

    public static string RefreshLabel => Text.Get();

    /// <summary>"Last 15 minutes", "Last hour".</summary>
    public static string Last(TimeSpan duration) => Text.Format([Words(duration)]);

    /// <summary>"Every 10 seconds", "Every minute".</summary>
    public static string Every(TimeSpan period) => Text.Format([Words(period)]);

    // A duration in words, one unit (the largest that divides it, as in the URL): "second" alone reads "Last second".
    public static string Second => Text.Get();

    public static string Seconds(int count) => Text.Format([count]);

    public static string Minute => Text.Get();

    public static string Minutes(int count) => Text.Format([count]);

    public static string Hour => Text.Get();

    public static string Hours(int count) => Text.Format([count]);

    public static string Day => Text.Get();

    public static string Days(int count) => Text.Format([count]);

    public static string Week => Text.Get();

    public static string Weeks(int count) => Text.Format([count]);

    public static string Words(TimeSpan duration)
    {
        var compact = DurationText.Format(duration);
        var count = int.Parse(compact[..^1], CultureInfo.InvariantCulture);
        return compact[^1] switch
        {
            's' => count == 1 ? Second : Seconds(count),
            'm' => count == 1 ? Minute : Minutes(count),
            'h' => count == 1 ? Hour : Hours(count),
            'd' => count == 1 ? Day : Days(count),
            _ => count == 1 ? Week : Weeks(count),
        };
    }
}
