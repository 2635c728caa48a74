using System.Globalization;
using OpsConsole.Web.Health;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Health;

/// <summary>The words of the health chip and banner, from Resources/HealthText.resx (en) and HealthText.zh-CN.resx.</summary>
internal static class HealthText
{
    private static readonly TextResource Text = new(nameof(HealthText));

    public static string ChipLabel => Text.Get();

    public static string Reachable(string version) => Text.Format([version]);

    public static string Unreachable(string error) => Text.Format([error]);

    public static string Checking => Text.Get();

    public static string UnknownVersion => Text.Get();

    public static string BannerSince(string timeOfDay) => Text.Format([timeOfDay]);

    public static string BannerNoValues => Text.Get();

    public static string Tooltip(PrometheusHealth health) => health.Status switch
    {
        PrometheusStatus.Reachable => Reachable(health.Version ?? UnknownVersion),
        PrometheusStatus.Unreachable => Unreachable(health.Error ?? string.Empty),
        _ => Checking,
    };

    /// <param name="lastReachableLocal">Already in the display time zone.</param>
    public static string Banner(DateTimeOffset? lastReachableLocal) => lastReachableLocal is { } at
        ? BannerSince(at.ToString("HH:mm:ss", CultureInfo.CurrentCulture))
        : BannerNoValues;
}
