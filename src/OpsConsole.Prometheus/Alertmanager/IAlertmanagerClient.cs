using OpsConsole.Core.Alerts;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// The Alertmanager API v2, over one Alertmanager or an HA cluster. Reads ask every configured Alertmanager at
/// once and merge (alerts by fingerprint, silences by id, the newest updatedAt winning); they fail only when none
/// answers. Writes go to the first, in configured order, that answers. Every method throws
/// <see cref="AlertmanagerApiException"/> on failure; cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
public interface IAlertmanagerClient
{
    /// <summary>GET /api/v2/alerts: unresolved alerts matching <paramref name="filter"/> (null: all), oldest first.</summary>
    Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertFilter? filter, CancellationToken cancellationToken);

    /// <summary>GET /api/v2/alerts/groups.</summary>
    Task<IReadOnlyList<AlertGroup>> GetAlertGroupsAsync(AlertFilter? filter, CancellationToken cancellationToken);

    /// <summary>GET /api/v2/silences: every silence (active, pending and expired) whose matchers include <paramref name="filter"/>.</summary>
    Task<IReadOnlyList<Silence>> GetSilencesAsync(IReadOnlyList<Core.Alerts.Matching.Matcher>? filter, CancellationToken cancellationToken);

    /// <summary>GET /api/v2/silence/{id}; null when no Alertmanager knows it.</summary>
    Task<Silence?> GetSilenceAsync(string id, CancellationToken cancellationToken);

    /// <summary>POST /api/v2/silences: creates, or updates when <see cref="SilenceDraft.Id"/> is set. Returns the silence's id (an update may get a new one).</summary>
    Task<string> PostSilenceAsync(SilenceDraft silence, CancellationToken cancellationToken);

    /// <summary>DELETE /api/v2/silence/{id}: expires it now (Alertmanager keeps listing it as expired). Expiring an expired silence is fine; an unknown id throws with ErrorType not_found.</summary>
    Task ExpireSilenceAsync(string id, CancellationToken cancellationToken);

    /// <summary>GET /api/v2/status of the first Alertmanager that answers.</summary>
    Task<AlertmanagerStatus> GetStatusAsync(CancellationToken cancellationToken);
}
