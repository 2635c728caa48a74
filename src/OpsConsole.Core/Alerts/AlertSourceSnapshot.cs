namespace OpsConsole.Core.Alerts;

/// <summary>Everything one reconcile pass reads: the full truth the live alert state is healed against.</summary>
public sealed record AlertSourceSnapshot
{
    /// <summary>Every unresolved alert Alertmanager holds (active, suppressed and unprocessed), deduplicated across peers.</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>Every silence Alertmanager lists, in any state.</summary>
    public required IReadOnlyList<Silence> Silences { get; init; }

    /// <summary>Prometheus's pending and firing alerts; null when Prometheus could not be read (pending alerts are then left as they are).</summary>
    public IReadOnlyList<RuleAlert>? RuleAlerts { get; init; }
}
