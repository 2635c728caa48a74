using OpsConsole.Simulator.Targets;

namespace OpsConsole.Simulator.Hosting;

/// <summary>What a target is before it has a port: its job, service, pod, paths and the metrics it serves.</summary>
internal sealed record TargetSpec(string Job, string Service, string Pod, IReadOnlyList<string> MetricsPaths, IMetricsProducer Producer);
