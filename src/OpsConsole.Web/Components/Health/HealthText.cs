using System.Globalization;
using OpsConsole.Web.Health;

namespace OpsConsole.Web.Components.Health;

/// <summary>The words of the health chip and banner, in one place until localization arrives.</summary>
internal static class HealthText
{
    public const string ChipLabel = "Prometheus";

    public static string Tooltip(PrometheusHealth health) => health.Status switch
    {
        PrometheusStatus.Reachable => $"可达 · reachable — version {health.Version ?? "unknown"}",
        PrometheusStatus.Unreachable => $"不可达 · unreachable — {health.Error}",
        _ => "检查中 · checking…",
    };

    public static string Banner(DateTimeOffset? lastReachableLocal) => lastReachableLocal is { } at
        ? $"Prometheus unreachable - showing last values from {at.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} · Prometheus 不可达，显示的是 {at.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} 的数据"
        : "Prometheus unreachable - no values yet · Prometheus 不可达，暂无数据";
}
