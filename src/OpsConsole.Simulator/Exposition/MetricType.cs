namespace OpsConsole.Simulator.Exposition;

/// <summary>The metric types of the Prometheus text format 0.0.4.</summary>
public enum MetricType
{
    Counter,
    Gauge,
    Histogram,
}
