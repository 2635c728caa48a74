using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// The Core alert port: alerts and silences from Alertmanager, pending and firing rule alerts from Prometheus,
/// read at the same time.
/// </summary>
internal sealed partial class AlertmanagerAlertSource(
    IAlertmanagerClient alertmanager,
    IPrometheusClient prometheus,
    IOptionsMonitor<AlertmanagerOptions> options,
    ILogger<AlertmanagerAlertSource> logger) : IAlertSource
{
    public async Task<AlertSourceSnapshot> FetchAsync(CancellationToken cancellationToken)
    {
        var alerts = alertmanager.GetAlertsAsync(AlertFilter.All, cancellationToken);
        var silences = alertmanager.GetSilencesAsync(null, cancellationToken);
        var ruleAlerts = ReadRuleAlertsAsync(cancellationToken);
        await Task.WhenAll(alerts, silences, ruleAlerts).ConfigureAwait(false);
        return new AlertSourceSnapshot
        {
            Alerts = await alerts.ConfigureAwait(false),
            Silences = await silences.ConfigureAwait(false),
            RuleAlerts = await ruleAlerts.ConfigureAwait(false),
        };
    }

    private async Task<IReadOnlyList<RuleAlert>?> ReadRuleAlertsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<PrometheusAlert> alerts;
        try
        {
            alerts = await prometheus.AlertsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PrometheusApiException ex)
        {
            // Pending alerts are a preview; without them the live list is still right about what fires.
            LogPrometheusUnavailable(ex.ErrorType, ex.Message);
            return null;
        }

        var external = options.CurrentValue.ExternalLabels;
        return alerts
            .Where(a => a.State == PrometheusAlertState.Pending || a.State == PrometheusAlertState.Firing)
            .Select(a =>
            {
                var labels = WithExternalLabels(a.Labels, external);
                return new RuleAlert
                {
                    Fingerprint = AlertFingerprint.Of(labels),
                    Labels = labels,
                    Annotations = a.Annotations,
                    IsFiring = a.State == PrometheusAlertState.Firing,
                    ActiveAt = a.ActiveAt ?? DateTimeOffset.UnixEpoch,
                };
            })
            .ToList();
    }

    // As Prometheus's notifier does: an alert's own label wins over an external label of the same name.
    private static LabelSet WithExternalLabels(LabelSet labels, Dictionary<string, string> external)
    {
        if (external.Count == 0)
        {
            return labels;
        }
        var merged = new Dictionary<string, string>(external, StringComparer.Ordinal);
        foreach (var (name, value) in labels.Values)
        {
            merged[name] = value;
        }
        return new LabelSet(merged);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prometheus alerts unavailable ({ErrorType}: {Error}); pending alerts are kept as they were")]
    private partial void LogPrometheusUnavailable(string errorType, string error);
}
