namespace OpsConsole.Prometheus.Model;

/// <summary>The answer of /api/v1/targets: targets being scraped and those relabelling dropped.</summary>
public sealed record ScrapeTargets(IReadOnlyList<ActiveTarget> Active, IReadOnlyList<DroppedTarget> Dropped);
