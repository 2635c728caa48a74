namespace OpsConsole.Prometheus.Wire;

internal sealed class TargetsDto
{
    public List<ActiveTargetDto>? ActiveTargets { get; init; }

    public List<DroppedTargetDto>? DroppedTargets { get; init; }
}

internal sealed class ActiveTargetDto
{
    public Dictionary<string, string>? DiscoveredLabels { get; init; }

    public Dictionary<string, string>? Labels { get; init; }

    public string? ScrapePool { get; init; }

    public string? ScrapeUrl { get; init; }

    public string? GlobalUrl { get; init; }

    public string? LastError { get; init; }

    public string? LastScrape { get; init; }

    public double LastScrapeDuration { get; init; }

    public string? Health { get; init; }

    public string? ScrapeInterval { get; init; }

    public string? ScrapeTimeout { get; init; }
}

internal sealed class DroppedTargetDto
{
    public Dictionary<string, string>? DiscoveredLabels { get; init; }
}
