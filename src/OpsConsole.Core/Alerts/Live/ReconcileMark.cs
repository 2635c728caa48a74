namespace OpsConsole.Core.Alerts.Live;

/// <summary>
/// Taken before a reconcile pass reads its sources: what the stream learns after it (a webhook arriving during
/// the read) is newer than the snapshot and must not be undone by it.
/// </summary>
public readonly record struct ReconcileMark(long Observation);
