using System.Security.Claims;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Alerts;

namespace OpsConsole.Web.Tests.Components.Alerts;

/// <summary>Records acknowledgements and shows them on the stream as the real service does.</summary>
public sealed class FakeAckService(AlertStream stream, TimeProvider time) : IAckService
{
    public List<(string Fingerprint, string? Note, string? User)> Acknowledged { get; } = [];

    public List<string> Unacknowledged { get; } = [];

    public Task<AlertActionResult> AcknowledgeAsync(string fingerprint, string? note, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Acknowledged.Add((fingerprint, note, user.Identity?.Name));
        var ack = new Acknowledgement(user.Identity?.Name ?? "?", time.GetUtcNow(), note, "ack-silence-1");
        stream.Acknowledge(fingerprint, ack);
        return Task.FromResult(new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = ack.SilenceId, Acknowledgement = ack });
    }

    public Task<AlertActionResult> UnacknowledgeAsync(string fingerprint, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Unacknowledged.Add(fingerprint);
        stream.Unacknowledge(fingerprint);
        return Task.FromResult(new AlertActionResult { Outcome = AlertActionOutcome.Done });
    }
}
