using System.Globalization;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>The words of time navigation, in one place until localization arrives.</summary>
internal static class TimeNavigationText
{
    public const string Absolute = "绝对时间 · Absolute range…";
    public const string From = "从 · From";
    public const string To = "至 · To";
    public const string Time = "时间 · Time";
    public const string Apply = "应用 · Apply";
    public const string AbsoluteIncomplete = "请选择起止日期 · Choose both dates";
    public const string AbsoluteInverted = "开始须早于结束 · From must be before To";
    public const string RefreshOff = "不刷新 · Off";
    public const string ViewPanel = "全屏查看 · View";
    public const string BackToBoard = "返回看板 · Back to board";
    public const string UrlIgnored = "链接中的参数已忽略 · Ignored in the link:";
    public const string RangeLabel = "时间范围 · Time range";
    public const string RefreshLabel = "自动刷新 · Auto refresh";

    public static string Last(TimeSpan duration) => $"最近 {Chinese(duration)} · Last {English(duration)}";

    public static string Every(TimeSpan period) => $"每 {Chinese(period)} · Every {DurationText.Format(period)}";

    private static string Chinese(TimeSpan span) => DurationText.Format(span) switch
    {
        var text when text.EndsWith('s') => text[..^1] + " 秒",
        var text when text.EndsWith('m') => text[..^1] + " 分钟",
        var text when text.EndsWith('h') => text[..^1] + " 小时",
        var text when text.EndsWith('d') => text[..^1] + " 天",
        var text => text[..^1] + " 周",
    };

    private static string English(TimeSpan span) => DurationText.Format(span) switch
    {
        var text when text.EndsWith('s') => Plural(text, "second"),
        var text when text.EndsWith('m') => Plural(text, "minute"),
        var text when text.EndsWith('h') => Plural(text, "hour"),
        var text when text.EndsWith('d') => Plural(text, "day"),
        var text => Plural(text, "week"),
    };

    private static string Plural(string text, string unit)
    {
        var count = int.Parse(text[..^1], CultureInfo.InvariantCulture);
        return count == 1 ? unit : $"{count} {unit}s";
    }
}
