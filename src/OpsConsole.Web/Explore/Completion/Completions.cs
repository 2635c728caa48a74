namespace OpsConsole.Web.Explore.Completion;

/// <summary>A capped, ranked answer: <see cref="Truncated"/> when more matched than came back.</summary>
public sealed record Completions(IReadOnlyList<string> Values, int Matched)
{
    public bool Truncated => Matched > Values.Count;
}

/// <summary>A metric name with its type and help when Prometheus has metadata for it.</summary>
public sealed record MetricCompletion(string Name, string? Type, string? Help);

/// <summary>Ranked metric names with their metadata.</summary>
public sealed record MetricCompletions(IReadOnlyList<MetricCompletion> Metrics, int Matched)
{
    public bool Truncated => Matched > Metrics.Count;
}
