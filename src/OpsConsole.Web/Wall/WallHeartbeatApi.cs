using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Wall;

/// <summary>
/// <c>POST /api/wall/heartbeat</c>: an open wall page reports its browser's memory. Being an ordinary request with
/// the screen's cookie, it also slides the kiosk cookie forward (the circuit's WebSocket never would), and it is how
/// the page learns that its token was revoked (401) and must go to the sign-in page.
/// </summary>
internal static class WallHeartbeatApi
{
    public const string Route = "/api/wall/heartbeat";

    public static IEndpointRouteBuilder MapWallHeartbeat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, Report).RequireAuthorization(Policies.ViewBoards).WithTags("Wall").WithName("WallHeartbeat");
        return endpoints;
    }

    private static Results<NoContent, NotFound, ValidationProblem> Report(WallHeartbeat heartbeat, WallScreens screens)
    {
        if (string.IsNullOrEmpty(heartbeat.Connection) || heartbeat.Connection.Length > 64 || heartbeat.HeapBytes < 0 || heartbeat.DomNodes < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["connection"] = ["the connection id the wall page was given (at most 64 characters); heapBytes and domNodes not negative"],
            });
        }
        return screens.Report(heartbeat.Connection, heartbeat.HeapBytes, heartbeat.DomNodes) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}

/// <summary>The body of a wall page's heartbeat.</summary>
internal sealed record WallHeartbeat(string Connection, long? HeapBytes, int? DomNodes);
