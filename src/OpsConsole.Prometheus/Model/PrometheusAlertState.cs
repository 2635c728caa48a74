namespace OpsConsole.Prometheus.Model;

/// <summary>The state of an alert (or of an alerting rule) inside Prometheus. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct PrometheusAlertState(string Value)
{
    public static PrometheusAlertState Inactive { get; } = new("inactive");

    public static PrometheusAlertState Pending { get; } = new("pending");

    public static PrometheusAlertState Firing { get; } = new("firing");

    public override string ToString() => Value ?? string.Empty;
}
