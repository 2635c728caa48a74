using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>One input's statement about one alert, whatever the source. Null lists: the source does not know.</summary>
internal sealed record Observation(
    string Fingerprint,
    AlertPhase Phase,
    LabelSet Labels,
    LabelSet Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? GeneratorUrl,
    DateTimeOffset? UpdatedAt = null,
    IReadOnlyList<string>? InhibitedBy = null,
    IReadOnlyList<string>? Receivers = null)
{
    public static Observation From(WebhookAlert alert) => new(
        alert.Fingerprint,
        alert.Status == WebhookAlertStatus.Firing ? AlertPhase.Firing : AlertPhase.Resolved,
        alert.Labels,
        alert.Annotations,
        alert.StartsAt,
        alert.EndsAt,
        alert.GeneratorUrl);

    public static Observation From(Alert alert) => new(
        alert.Fingerprint,
        AlertPhase.Firing,
        alert.Labels,
        alert.Annotations,
        alert.StartsAt,
        EndsAt: null,
        alert.GeneratorUrl,
        alert.UpdatedAt,
        alert.Status.InhibitedBy,
        alert.Receivers);

    public static Observation From(RuleAlert alert) => new(
        alert.Fingerprint, AlertPhase.Pending, alert.Labels, alert.Annotations, alert.ActiveAt, EndsAt: null, GeneratorUrl: null);
}
