using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Capacity;

/// <summary>One row of the capacity-planning table (<c>deploy/capacity/*.yaml</c>): a metric, its trigger and the scaling it feeds.</summary>
public sealed record CapacityTrigger
{
    public required string Id { get; init; }

    /// <summary>The alert the generated rule fires (<c>FlinkTaskManagerCpuHigh</c>).</summary>
    public required string Alert { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>A static service label; null when the expression yields <c>service</c> itself.</summary>
    public string? Service { get; init; }

    /// <summary><c>critical</c>, <c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>PromQL of the watched quantity, one series per instance; the trigger is "above <see cref="Threshold"/>".</summary>
    public required string Expr { get; init; }

    public required Unit Unit { get; init; }

    public required double Threshold { get; init; }

    /// <summary>How long the value must stay above the threshold (the rule's <c>for:</c>).</summary>
    public required TimeSpan Sustain { get; init; }

    public required CapacityAction Action { get; init; }

    public required string Summary { get; init; }

    public required string Description { get; init; }

    public string? Dashboard { get; init; }

    /// <summary>Why the trigger is what it is; copied as a comment above the generated rule.</summary>
    public string? Comment { get; init; }
}

/// <summary>What a breach feeds: an autoscaler acting on its own (HPA, autoscaling) or work for an operator.</summary>
/// <param name="Target">Which one, e.g. <c>autoscaling/v2 CPU</c> or <c>kafka partition rebalance</c>.</param>
public sealed record CapacityAction(CapacityActionKind Kind, string Target)
{
    /// <summary>The rule label that carries <see cref="Target"/>: <c>hpa</c> for a HorizontalPodAutoscaler, <c>action</c> otherwise.</summary>
    public string LabelName => Kind == CapacityActionKind.Hpa ? "hpa" : "action";
}

public enum CapacityActionKind
{
    Hpa,
    Rebalance,
    Autoscaling,
    Manual,
}
