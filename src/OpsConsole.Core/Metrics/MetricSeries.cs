namespace OpsConsole.Core.Metrics;

/// <summary>A series over a time range (one element of a range-query matrix).</summary>
public sealed record MetricSeries(LabelSet Labels, IReadOnlyList<SamplePoint> Points);
