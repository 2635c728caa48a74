namespace OpsConsole.Core.Alerts.Reconcile;

/// <summary>How often the live alerts are healed against Alertmanager and Prometheus; bind from a section such as "Alerts".</summary>
public sealed class AlertReconcileOptions
{
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate() =>
        ArgumentOutOfRangeException.ThrowIfLessThan(ReconcileInterval, TimeSpan.FromSeconds(1), nameof(ReconcileInterval));
}
