using Microsoft.Extensions.Logging;
using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Core.Alerts.Reconcile;

/// <summary>One reconcile pass: read the full truth from <see cref="IAlertSource"/> and let the stream emit whatever notifications missed.</summary>
public sealed class AlertReconciler(IAlertSource source, AlertStream stream, TimeProvider timeProvider, ILogger<AlertReconciler> logger)
{
    /// <summary>Throws what the source throws (the caller decides how loudly); cancellation stays an <see cref="OperationCanceledException"/>.</summary>
    public async Task<ReconcileResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        // The mark comes first: a webhook landing while the source is read is newer than what the read returns.
        var mark = stream.BeginReconcile();
        var snapshot = await source.FetchAsync(cancellationToken).ConfigureAwait(false);
        var events = stream.ApplyReconcile(snapshot, mark);
        if (events.Any(e => e.Change is AlertChange.Fired or AlertChange.Resolved or AlertChange.Pending))
        {
            AlertReconcileLog.Healed(logger, events.Count);
        }
        return new ReconcileResult(events, timeProvider.GetUtcNow());
    }
}
