namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>What the alert list groups by; the value is the label it reads.</summary>
public enum AlertGroupBy
{
    AlertName,
    Service,
    Severity,
}

public static class AlertGroupByExtensions
{
    public static string LabelName(this AlertGroupBy groupBy) => groupBy switch
    {
        AlertGroupBy.Service => "service",
        AlertGroupBy.Severity => "severity",
        _ => "alertname",
    };

    /// <summary>The name used in the URL and in test hooks ("alertname", "service", "severity").</summary>
    public static string Key(this AlertGroupBy groupBy) => groupBy.LabelName();

    public static AlertGroupBy Parse(string? key) => key switch
    {
        "service" => AlertGroupBy.Service,
        "severity" => AlertGroupBy.Severity,
        _ => AlertGroupBy.AlertName,
    };
}
