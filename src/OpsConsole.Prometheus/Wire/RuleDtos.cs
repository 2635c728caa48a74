namespace OpsConsole.Prometheus.Wire;

internal sealed class RulesDto
{
    public List<RuleGroupDto>? Groups { get; init; }
}

internal sealed class RuleGroupDto
{
    public string? Name { get; init; }

    public string? File { get; init; }

    public List<RuleDto>? Rules { get; init; }

    public double Interval { get; init; }

    public string? LastEvaluation { get; init; }

    public double EvaluationTime { get; init; }
}

/// <summary>Alerting and recording rules share one shape on the wire, told apart by <see cref="Type"/>.</summary>
internal sealed class RuleDto
{
    public string? Type { get; init; }

    public string? Name { get; init; }

    public string? Query { get; init; }

    public double Duration { get; init; }

    public Dictionary<string, string>? Labels { get; init; }

    public Dictionary<string, string>? Annotations { get; init; }

    public List<AlertDto>? Alerts { get; init; }

    public string? State { get; init; }

    public string? Health { get; init; }

    public string? LastError { get; init; }

    public string? LastEvaluation { get; init; }

    public double EvaluationTime { get; init; }
}
