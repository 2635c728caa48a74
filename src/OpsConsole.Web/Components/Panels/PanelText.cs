using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Panels;

/// <summary>The words of the panel frame, from Resources/PanelText.resx (en) and PanelText.zh-CN.resx.</summary>
internal static class PanelText
{
    private static readonly TextResource Text = new(nameof(PanelText));

    public static string Stale => Text.Get();

    public static string Error => Text.Get();

    /// <summary>A prefix before a time of day; prefer <see cref="LastGoodFrom"/>.</summary>
    public static string LastGood => Text.Get();

    public static string LastGoodFrom(string timeOfDay) => Text.Format([timeOfDay]);

    public static string NoData => Text.Get();

    public static string Value => Text.Get();

    public static string Series => Text.Get();

    public static string PrometheusUnreachable => Text.Get();
}
