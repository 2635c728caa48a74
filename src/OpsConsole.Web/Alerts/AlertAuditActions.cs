namespace OpsConsole.Web.Alerts;

/// <summary>Audit action names of the alert area (see <c>AuditActions</c> for the others).</summary>
public static class AlertAuditActions
{
    public const string Acknowledged = "alerts.acknowledged";
    public const string Unacknowledged = "alerts.unacknowledged";

    /// <summary>The alert resolved and the console expired the ack silence (actor "opsconsole").</summary>
    public const string AckEnded = "alerts.ack-ended";

    public const string SilenceCreated = "silences.created";
    public const string SilenceUpdated = "silences.updated";
    public const string SilenceExpired = "silences.expired";

    /// <summary>The actor of what the console does by itself.</summary>
    public const string SystemActor = "opsconsole";
}
