using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>The error type of a failed Prometheus API call. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct PrometheusErrorType(string Value)
{
    public static PrometheusErrorType BadData { get; } = new("bad_data");

    public static PrometheusErrorType Execution { get; } = new("execution");

    public static PrometheusErrorType Timeout { get; } = new("timeout");

    public static PrometheusErrorType Canceled { get; } = new("canceled");

    public static PrometheusErrorType Internal { get; } = new("internal");

    public static PrometheusErrorType NotFound { get; } = new("not_found");

    public static PrometheusErrorType Unavailable { get; } = new("unavailable");

    /// <summary>Ours: the server answered, but not with a Prometheus API response (e.g. a proxy's HTML page).</summary>
    public static PrometheusErrorType BadResponse { get; } = new("bad_response");

    /// <summary>Ours: no answer at all (connection refused, DNS, timeout).</summary>
    public static PrometheusErrorType Unreachable { get; } = new(MetricsQueryException.Unreachable);

    public override string ToString() => Value ?? string.Empty;
}
