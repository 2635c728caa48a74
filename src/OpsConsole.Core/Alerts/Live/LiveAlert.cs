using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>One alert as the console shows it: lifecycle phase, silences, inhibition and acknowledgement.</summary>
public sealed record LiveAlert
{
    public required string Fingerprint { get; init; }

    public required LabelSet Labels { get; init; }

    public LabelSet Annotations { get; init; } = LabelSet.Empty;

    public required AlertPhase Phase { get; init; }

    /// <summary>Firing: when it fired (Alertmanager's startsAt). Pending: when the condition began to hold.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>Set when resolved.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public string? GeneratorUrl { get; init; }

    /// <summary>Ids of the active silences whose matchers match its labels.</summary>
    public IReadOnlyList<string> SilencedBy { get; init; } = [];

    /// <summary>Fingerprints of the alerts inhibiting it, as Alertmanager last reported.</summary>
    public IReadOnlyList<string> InhibitedBy { get; init; } = [];

    public IReadOnlyList<string> Receivers { get; init; } = [];

    public Acknowledgement? Acknowledgement { get; init; }

    public string AlertName => Labels["alertname"] ?? string.Empty;

    public bool IsSilenced => SilencedBy.Count > 0;

    public bool IsInhibited => InhibitedBy.Count > 0;

    public bool IsAcknowledged => Acknowledgement is not null;

    /// <summary>Same visible content (records compare lists by reference, this by items).</summary>
    public bool SameContentAs(LiveAlert other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Fingerprint == other.Fingerprint && Phase == other.Phase && StartsAt == other.StartsAt && EndsAt == other.EndsAt &&
            GeneratorUrl == other.GeneratorUrl && Labels.Equals(other.Labels) && Annotations.Equals(other.Annotations) &&
            SilencedBy.SequenceEqual(other.SilencedBy) && InhibitedBy.SequenceEqual(other.InhibitedBy) &&
            Receivers.SequenceEqual(other.Receivers) && Equals(Acknowledgement, other.Acknowledgement);
    }
}
