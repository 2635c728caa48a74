namespace OpsConsole.Core.Alerts;

/// <summary>The port the reconcile loop reads through: current alerts and silences from Alertmanager, pending alerts from Prometheus.</summary>
public interface IAlertSource
{
    /// <summary>Reads everything in one go. Throws when Alertmanager cannot be read; a Prometheus failure only leaves <see cref="AlertSourceSnapshot.RuleAlerts"/> null.</summary>
    Task<AlertSourceSnapshot> FetchAsync(CancellationToken cancellationToken);
}
