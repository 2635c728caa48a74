using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts;

/// <summary>An Alertmanager silence. Alertmanager owns silences: this is a copy as read, never the truth.</summary>
public sealed record Silence
{
    public required string Id { get; init; }

    /// <summary>All must match for the silence to mute an alert.</summary>
    public required IReadOnlyList<Matcher> Matchers { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required string CreatedBy { get; init; }

    public string Comment { get; init; } = string.Empty;

    /// <summary>Alertmanager's <c>status.state</c>.</summary>
    public required SilenceState State { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public bool IsActive => State == SilenceState.Active;

    public bool Matches(LabelSet labels) => Matchers.Count > 0 && Matchers.All(m => m.Matches(labels));
}
