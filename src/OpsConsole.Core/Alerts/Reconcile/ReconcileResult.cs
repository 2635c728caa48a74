using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Core.Alerts.Reconcile;

/// <summary>What one reconcile pass changed: the events a missed notification (or a restart) had left out.</summary>
public sealed record ReconcileResult(IReadOnlyList<AlertStreamEvent> Events, DateTimeOffset CompletedAt);
