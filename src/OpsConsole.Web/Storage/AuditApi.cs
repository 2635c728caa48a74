using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Storage;

/// <summary><c>GET /api/audit?page=&amp;pageSize=&amp;actor=&amp;action=&amp;from=&amp;to=</c> (Admin), newest first.</summary>
internal static class AuditApi
{
    public const string Route = "/api/audit";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, QueryAsync).RequireAuthorization(Policies.Administer).WithName("GetAudit");
        return endpoints;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> QueryAsync(
        IAuditLog audit,
        CancellationToken cancellationToken,
        int? page = null,
        int? pageSize = null,
        string? actor = null,
        string? action = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        if (pageSize is < 1 or > AuditQuery.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {AuditQuery.MaxPageSize}."];
        }
        if (from is not null && to is not null && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var query = new AuditQuery
        {
            Page = page ?? 1,
            PageSize = pageSize ?? 50,
            Actor = actor,
            Action = action,
            From = from,
            To = to,
        };
        return TypedResults.Ok(await audit.QueryAsync(query, cancellationToken).ConfigureAwait(false));
    }
}
