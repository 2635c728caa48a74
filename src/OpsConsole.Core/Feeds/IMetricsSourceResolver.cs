using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>Finds the metrics backend a panel names (Prometheus, Thanos, VictoriaMetrics, …).</summary>
public interface IMetricsSourceResolver
{
    /// <summary>Throws <see cref="ArgumentException"/> for a backend that is not configured.</summary>
    IMetricsSource Resolve(string backendId);
}
