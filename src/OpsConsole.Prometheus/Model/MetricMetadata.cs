namespace OpsConsole.Prometheus.Model;

/// <summary>What an exporter says about a metric: its type, help text and unit.</summary>
public sealed record MetricMetadata(MetricType Type, string Help, string Unit);
