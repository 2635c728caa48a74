using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>A rule as Prometheus evaluates it: <see cref="AlertingRule"/> or <see cref="RecordingRule"/>.</summary>
public abstract record Rule
{
    private protected Rule()
    {
    }

    public required string Name { get; init; }

    public required string Query { get; init; }

    public required LabelSet Labels { get; init; }

    public required RuleHealth Health { get; init; }

    public required string LastError { get; init; }

    public required DateTimeOffset? LastEvaluation { get; init; }

    public required TimeSpan EvaluationTime { get; init; }
}

/// <summary>An alerting rule with its current state and the alerts it holds.</summary>
public sealed record AlertingRule : Rule
{
    public required PrometheusAlertState State { get; init; }

    /// <summary>The rule's <c>for</c> duration.</summary>
    public required TimeSpan Duration { get; init; }

    public required LabelSet Annotations { get; init; }

    public required IReadOnlyList<PrometheusAlert> Alerts { get; init; }
}

/// <summary>A recording rule.</summary>
public sealed record RecordingRule : Rule;
