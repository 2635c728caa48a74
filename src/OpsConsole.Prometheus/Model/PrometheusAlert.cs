using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>An alert as Prometheus holds it (pending or firing), before Alertmanager sees it.</summary>
public sealed record PrometheusAlert(
    LabelSet Labels,
    LabelSet Annotations,
    PrometheusAlertState State,
    DateTimeOffset? ActiveAt,
    double Value);
