using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsConsole.Web.Health;

/// <summary>Ready only while the monitor last found Prometheus reachable; reads state, never probes itself.</summary>
internal sealed class PrometheusReadinessCheck(PrometheusHealthMonitor monitor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = monitor.Current;
        var result = health.Status switch
        {
            PrometheusStatus.Reachable => HealthCheckResult.Healthy($"Prometheus reachable (version {health.Version ?? "unknown"})"),
            PrometheusStatus.Unreachable => HealthCheckResult.Unhealthy($"Prometheus unreachable: {health.Error}"),
            _ => HealthCheckResult.Unhealthy("Prometheus not probed yet"),
        };
        return Task.FromResult(result);
    }
}
