using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Capacity;

/// <summary>The words of the capacity page, from Resources/CapacityText.resx (en) and CapacityText.zh-CN.resx.</summary>
internal static class CapacityText
{
    private static readonly TextResource Text = new(nameof(CapacityText));

    public static string Title => Text.Get();

    public static string Metric => Text.Get();

    public static string Trigger => Text.Get();

    public static string Action => Text.Get();

    public static string CurrentValue => Text.Get();

    public static string AboveThreshold => Text.Get();

    public static string TimeToBreach => Text.Get();

    public static string TriggerRule(string threshold, string sustain) => Text.Format([threshold, sustain]);

    public static string ActionHpa => Text.Get();

    public static string ActionRebalance => Text.Get();

    public static string ActionAutoscaling => Text.Get();

    public static string ActionManual => Text.Get();

    public static string WorstOf(string count) => Text.Format([count]);

    public static string NoData => Text.Get();

    public static string NotAbove => Text.Get();

    public static string AboveFor(string duration, string sustain) => Text.Format([duration, sustain]);

    public static string JustAbove => Text.Get();

    public static string Breached => Text.Get();

    public static string BreachRange(string earliest, string latest) => Text.Format([earliest, latest]);

    public static string BreachAbout(string duration) => Text.Format([duration]);

    public static string BeyondHorizon(string horizon) => Text.Format([horizon]);

    public static string NotApproaching => Text.Get();

    public static string NotEnoughData => Text.Get();

    public static string NotLinear => Text.Get();

    public static string NotLinearHint(string shortLookback, string longLookback) => Text.Format([shortLookback, longLookback]);

    public static string FitCaption(string shortLookback, string longLookback) => Text.Format([shortLookback, longLookback]);

    public static string BrokenFile => Text.Get();

    public static string BrokenHint => Text.Get();

    public static string NoTriggers => Text.Get();

    public static string QueryFailed(string reason) => Text.Format([reason]);

    public static string OpenBoard => Text.Get();
}
