using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts.Api;

/// <summary>
/// <c>GET /api/alerts</c> (View): the live alerts as the hub's snapshot. <c>POST</c> / <c>DELETE
/// /api/alerts/{fingerprint}/ack</c> (Operate): acknowledge (body <c>{"note": "..."}</c>, optional) / withdraw. With the
/// sign-in cookie, even a bodiless ack must be JSON or carry <c>X-OpsConsole-Request</c> (<see cref="Security.CrossSiteGuard"/>).
/// </summary>
internal static class AlertsApi
{
    public const string Route = "/api/alerts";

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder endpoints)
    {
        var alerts = endpoints.MapGroup(Route).WithTags("Alerts");
        alerts.MapGet("/", List).RequireAuthorization(Policies.View).WithName("GetAlerts");
        alerts.MapPost("/{fingerprint}/ack", AcknowledgeAsync).RequireAuthorization(Policies.Operate).WithName("AcknowledgeAlert");
        alerts.MapDelete("/{fingerprint}/ack", UnacknowledgeAsync).RequireAuthorization(Policies.Operate).WithName("UnacknowledgeAlert");
        return endpoints;
    }

    private static Ok<AlertSnapshotMessage> List(IAlertStream stream) =>
        TypedResults.Ok(AlertMessages.Snapshot(stream.Current, stream.ReconciledAt));

    private static async Task<Results<Ok<AckResponse>, ProblemHttpResult>> AcknowledgeAsync(
        string fingerprint, AckRequestBody? body, ClaimsPrincipal user, IAckService acks, CancellationToken cancellationToken)
    {
        var result = await acks.AcknowledgeAsync(fingerprint, body?.Note, user, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(Response(fingerprint, result)) : ApiResults.Problem(result);
    }

    private static async Task<Results<Ok<AckResponse>, ProblemHttpResult>> UnacknowledgeAsync(
        string fingerprint, ClaimsPrincipal user, IAckService acks, CancellationToken cancellationToken)
    {
        var result = await acks.UnacknowledgeAsync(fingerprint, user, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(Response(fingerprint, result)) : ApiResults.Problem(result);
    }

    private static AckResponse Response(string fingerprint, AlertActionResult result) => new(
        fingerprint,
        result.SilenceId,
        result.Acknowledgement is { } ack
            ? new AcknowledgementMessage { By = ack.By, At = ack.At, Note = ack.Note, SilenceId = ack.SilenceId }
            : null);
}
