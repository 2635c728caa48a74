using System.Security.Claims;

namespace OpsConsole.Web.Alerts;

/// <summary>
/// Acknowledging an alert: an Alertmanager silence on the alert's exact labels (createdBy = the user, comment = the
/// note) plus an ack record, shown on the alert through <c>IAlertStream</c> (<c>LiveAlert.Acknowledgement</c>) and
/// written to the audit log. The ack ends by itself when the alert resolves (the console expires the silence), so a
/// recurrence notifies again. Requires <c>Policies.Operate</c>; the service checks the user itself.
/// </summary>
public interface IAckService
{
    /// <summary>
    /// Acknowledges the current (firing or pending) alert <paramref name="fingerprint"/>. <paramref name="note"/> is
    /// optional (blank: "Acknowledged in OpsConsole"; at most 1,000 characters). Acknowledging again replaces the
    /// note and keeps one silence. NotFound when no current alert has that fingerprint.
    /// </summary>
    Task<AlertActionResult> AcknowledgeAsync(string fingerprint, string? note, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Withdraws the acknowledgement: expires its silence and ends the ack record. NotFound when it is not acknowledged.</summary>
    Task<AlertActionResult> UnacknowledgeAsync(string fingerprint, ClaimsPrincipal user, CancellationToken cancellationToken);
}
