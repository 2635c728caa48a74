using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Webhook;

/// <summary>One alert of an Alertmanager webhook notification.</summary>
public sealed record WebhookAlert
{
    public required WebhookAlertStatus Status { get; init; }

    public required LabelSet Labels { get; init; }

    public required LabelSet Annotations { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>Null when Alertmanager sent Go's zero time (a firing alert with no known end).</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public string? GeneratorUrl { get; init; }

    public required string Fingerprint { get; init; }
}
