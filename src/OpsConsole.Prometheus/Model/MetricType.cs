namespace OpsConsole.Prometheus.Model;

/// <summary>The type of a metric as its exporter declares it. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct MetricType(string Value)
{
    public static MetricType Counter { get; } = new("counter");

    public static MetricType Gauge { get; } = new("gauge");

    public static MetricType Histogram { get; } = new("histogram");

    public static MetricType GaugeHistogram { get; } = new("gaugehistogram");

    public static MetricType Summary { get; } = new("summary");

    public static MetricType Info { get; } = new("info");

    public static MetricType StateSet { get; } = new("stateset");

    public static MetricType Unknown { get; } = new("unknown");

    public override string ToString() => Value ?? string.Empty;
}
