using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>A discovered target that relabelling dropped; only its discovered labels are known.</summary>
public sealed record DroppedTarget(LabelSet DiscoveredLabels);
