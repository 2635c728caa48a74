using OpsConsole.Core.Alerts;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>Alerts as one route groups them (its group_by labels) for one receiver.</summary>
public sealed record AlertGroup(LabelSet Labels, string Receiver, IReadOnlyList<Alert> Alerts);
