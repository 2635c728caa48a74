using System.Globalization;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Components.Alerts.Shared;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>How response times read in the history page's tables.</summary>
internal static class ResponseTimeText
{
    /// <summary>"1 h 35 min (n=3)", or "—" when no incident had that time.</summary>
    public static string Mean(TimeSpan? mean, int count) =>
        mean is { } value ? $"{RelativeTime.Precise(value)} (n={count})" : "—";

    /// <summary>"−46 %" / "+12 %" in the UI culture; empty when there is nothing to compare.</summary>
    public static string Change(ResponseTrend trend) =>
        trend.Change is { } change ? change.ToString("+0 %;-0 %;0 %", CultureInfo.CurrentCulture) : string.Empty;

    public static string Describe(TrendDirection direction) => direction switch
    {
        TrendDirection.Better => AlertsText.TrendBetter,
        TrendDirection.Worse => AlertsText.TrendWorse,
        TrendDirection.Steady => AlertsText.TrendSteady,
        _ => AlertsText.TrendUnknown,
    };

    /// <summary>Arrows follow MTTR: down is good (green), up is bad (red).</summary>
    public static string Arrow(TrendDirection direction) => direction switch
    {
        TrendDirection.Better => "↓",
        TrendDirection.Worse => "↑",
        TrendDirection.Steady => "→",
        _ => "·",
    };

    public static string CssClass(TrendDirection direction) => direction switch
    {
        TrendDirection.Better => "mud-success-text",
        TrendDirection.Worse => "mud-error-text",
        _ => "mud-text-secondary",
    };
}
