using MudBlazor;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>The <c>severity</c> label as the alert list shows and orders it (our rules use critical, warning and info).</summary>
public static class AlertSeverity
{
    public const string LabelName = "severity";
    public const string Critical = "critical";

    public static string Of(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels[LabelName] ?? string.Empty;
    }

    public static Color ColorOf(string severity) => severity.ToLowerInvariant() switch
    {
        "critical" or "page" => Color.Error,
        "warning" => Color.Warning,
        "info" => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Most urgent first: critical, warning, info, then anything else.</summary>
    public static int RankOf(string severity) => severity.ToLowerInvariant() switch
    {
        "critical" or "page" => 0,
        "warning" => 1,
        "info" => 2,
        _ => 3,
    };

    public static bool IsCritical(LabelSet labels) => string.Equals(Of(labels), Critical, StringComparison.OrdinalIgnoreCase);
}
