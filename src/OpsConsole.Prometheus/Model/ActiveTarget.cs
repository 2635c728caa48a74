using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>A target Prometheus scrapes. <see cref="LastScrape"/> is null before the first scrape.</summary>
public sealed record ActiveTarget(
    LabelSet DiscoveredLabels,
    LabelSet Labels,
    string ScrapePool,
    string ScrapeUrl,
    string GlobalUrl,
    TargetHealth Health,
    string LastError,
    DateTimeOffset? LastScrape,
    TimeSpan LastScrapeDuration,
    TimeSpan? ScrapeInterval,
    TimeSpan? ScrapeTimeout);
