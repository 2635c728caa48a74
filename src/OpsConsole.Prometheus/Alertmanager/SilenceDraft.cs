using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// A silence to create (no <see cref="Id"/>) or update (with the id of the silence it replaces). Alertmanager may
/// answer an update with a new id (when the change cannot be made in place): always keep the returned id.
/// </summary>
public sealed record SilenceDraft
{
    public string? Id { get; init; }

    public required IReadOnlyList<Matcher> Matchers { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required string CreatedBy { get; init; }

    public required string Comment { get; init; }
}
