namespace OpsConsole.Web.Alerts;

/// <summary>The console's side of alerting, bound from the "Alerts" section (next to Core's <c>ReconcileInterval</c>).</summary>
public sealed class ConsoleAlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>How long an acknowledgement's silence lasts; it is extended while the alert still fires and expired when it resolves.</summary>
    public TimeSpan AckSilenceDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often open acknowledgements are checked: silences nearing their end are extended, orphans closed.</summary>
    public TimeSpan AckMaintenanceInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest webhook body accepted (413 beyond). Alertmanager's own default group size stays far below it.</summary>
    public long WebhookMaxBytes { get; set; } = 1024 * 1024;
}
