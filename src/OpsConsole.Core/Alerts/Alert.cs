using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts;

/// <summary>An alert as Alertmanager holds it (GET /api/v2/alerts).</summary>
public sealed record Alert
{
    /// <summary>Alertmanager's identity of the label set (16 hex digits), stable across restarts and HA peers.</summary>
    public required string Fingerprint { get; init; }

    public required LabelSet Labels { get; init; }

    public LabelSet Annotations { get; init; } = LabelSet.Empty;

    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When Alertmanager will consider it resolved unless it is sent again; null when not set.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The last time Alertmanager received it; orders copies of the same alert from HA peers.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    public string? GeneratorUrl { get; init; }

    public AlertStatus Status { get; init; } = AlertStatus.Active;

    /// <summary>Names of the receivers its route delivers it to.</summary>
    public IReadOnlyList<string> Receivers { get; init; } = [];

    public string AlertName => Labels["alertname"] ?? string.Empty;
}
