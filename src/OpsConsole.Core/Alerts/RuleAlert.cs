using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts;

/// <summary>
/// An alert as Prometheus's rule evaluation holds it (GET /api/v1/alerts): pending ones exist only here, firing
/// ones also in Alertmanager. <see cref="Fingerprint"/> is computed as Alertmanager would for the labels it will
/// receive (external labels included).
/// </summary>
public sealed record RuleAlert
{
    public required string Fingerprint { get; init; }

    public required LabelSet Labels { get; init; }

    public LabelSet Annotations { get; init; } = LabelSet.Empty;

    public required bool IsFiring { get; init; }

    /// <summary>When the rule's condition first held (the start of the pending period).</summary>
    public required DateTimeOffset ActiveAt { get; init; }
}
