using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Alerts;

/// <summary>Alerts, notifications and snapshots as Alertmanager and Prometheus would produce them, for one alert name.</summary>
internal static class AlertBuilders
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static LabelSet Labels(string alertname, string severity = "critical") =>
        new(new Dictionary<string, string> { ["alertname"] = alertname, ["severity"] = severity, ["service"] = "webhook" });

    public static string Fingerprint(string alertname) => AlertFingerprint.Of(Labels(alertname));

    public static WebhookAlert Firing(string alertname, DateTimeOffset startsAt, string summary = "it broke") => new()
    {
        Status = WebhookAlertStatus.Firing,
        Labels = Labels(alertname),
        Annotations = new LabelSet([new("summary", summary)]),
        StartsAt = startsAt,
        EndsAt = null,
        GeneratorUrl = "http://prometheus/graph",
        Fingerprint = Fingerprint(alertname),
    };

    public static WebhookAlert Resolved(string alertname, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        Firing(alertname, startsAt) with { Status = WebhookAlertStatus.Resolved, EndsAt = endsAt };

    public static AlertmanagerWebhook Notification(params WebhookAlert[] alerts) => new()
    {
        Version = "4",
        GroupKey = "{}:{alertname=\"x\"}",
        Status = alerts.Any(a => a.Status == WebhookAlertStatus.Firing) ? WebhookAlertStatus.Firing : WebhookAlertStatus.Resolved,
        Receiver = "console-critical",
        GroupLabels = LabelSet.Empty,
        CommonLabels = LabelSet.Empty,
        CommonAnnotations = LabelSet.Empty,
        ExternalUrl = "http://alertmanager",
        Alerts = alerts,
    };

    public static Alert InAlertmanager(string alertname, DateTimeOffset startsAt, params string[] inhibitedBy) => new()
    {
        Fingerprint = Fingerprint(alertname),
        Labels = Labels(alertname),
        Annotations = new LabelSet([new("summary", "it broke")]),
        StartsAt = startsAt,
        UpdatedAt = startsAt,
        GeneratorUrl = "http://prometheus/graph",
        Status = new AlertStatus(inhibitedBy.Length > 0 ? AlertState.Suppressed : AlertState.Active, [], inhibitedBy),
        Receivers = ["console-critical"],
    };

    public static RuleAlert InPrometheus(string alertname, DateTimeOffset activeAt, bool firing = false) => new()
    {
        Fingerprint = Fingerprint(alertname),
        Labels = Labels(alertname),
        Annotations = new LabelSet([new("summary", "it broke")]),
        IsFiring = firing,
        ActiveAt = activeAt,
    };

    public static Silence ActiveSilence(string id, string alertname) => new()
    {
        Id = id,
        Matchers = [new OpsConsole.Core.Alerts.Matching.Matcher("alertname", OpsConsole.Core.Alerts.Matching.MatchOperator.Equal, alertname)],
        StartsAt = T0,
        EndsAt = T0.AddHours(2),
        CreatedBy = "alice",
        State = SilenceState.Active,
    };

    public static AlertSourceSnapshot Source(
        IReadOnlyList<Alert>? alerts = null, IReadOnlyList<RuleAlert>? rules = null, IReadOnlyList<Silence>? silences = null) => new()
    {
        Alerts = alerts ?? [],
        RuleAlerts = rules ?? [],
        Silences = silences ?? [],
    };
}
