using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts.Api;

/// <summary>
/// <c>GET /api/silences</c>, <c>GET /api/silences/{id}</c> (View); <c>POST /api/silences</c>, <c>PUT
/// /api/silences/{id}</c>, <c>DELETE /api/silences/{id}</c> (Operate). createdBy is always the caller.
/// </summary>
internal static class SilencesApi
{
    public const string Route = "/api/silences";

    public static IEndpointRouteBuilder MapSilencesApi(this IEndpointRouteBuilder endpoints)
    {
        var silences = endpoints.MapGroup(Route).WithTags("Silences");
        silences.MapGet("/", ListAsync).RequireAuthorization(Policies.View).WithName("GetSilences");
        silences.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.View).WithName("GetSilence");
        silences.MapPost("/", CreateAsync).RequireAuthorization(Policies.Operate).WithName("CreateSilence");
        silences.MapPut("/{id}", UpdateAsync).RequireAuthorization(Policies.Operate).WithName("UpdateSilence");
        silences.MapDelete("/{id}", ExpireAsync).RequireAuthorization(Policies.Operate).WithName("ExpireSilence");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<SilenceMessage>>, ProblemHttpResult>> ListAsync(
        ISilenceService silences, CancellationToken cancellationToken)
    {
        try
        {
            var all = await silences.ListAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok<IReadOnlyList<SilenceMessage>>([.. all.Select(SilenceMessage.From)]);
        }
        catch (AlertmanagerApiException ex)
        {
            return ApiResults.Unavailable($"Alertmanager could not be read: {ex.Message}");
        }
    }

    private static async Task<Results<Ok<SilenceMessage>, NotFound, ProblemHttpResult>> GetAsync(
        string id, ISilenceService silences, CancellationToken cancellationToken)
    {
        try
        {
            return await silences.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } silence
                ? TypedResults.Ok(SilenceMessage.From(silence))
                : TypedResults.NotFound();
        }
        catch (AlertmanagerApiException ex)
        {
            return ApiResults.Unavailable($"Alertmanager could not be read: {ex.Message}");
        }
    }

    private static async Task<Results<Created<SilenceWriteResponse>, ProblemHttpResult>> CreateAsync(
        SilenceRequestBody body, ClaimsPrincipal user, ISilenceService silences, CancellationToken cancellationToken)
    {
        if (ToRequest(body, out var problem) is not { } request)
        {
            return ApiResults.Invalid(problem!);
        }
        var result = await silences.CreateAsync(request, user, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Created($"{Route}/{result.SilenceId}", new SilenceWriteResponse(result.SilenceId!))
            : ApiResults.Problem(result);
    }

    private static async Task<Results<Ok<SilenceWriteResponse>, ProblemHttpResult>> UpdateAsync(
        string id, SilenceRequestBody body, ClaimsPrincipal user, ISilenceService silences, CancellationToken cancellationToken)
    {
        if (ToRequest(body, out var problem) is not { } request)
        {
            return ApiResults.Invalid(problem!);
        }
        var result = await silences.UpdateAsync(id, request, user, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(new SilenceWriteResponse(result.SilenceId!)) : ApiResults.Problem(result);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ExpireAsync(
        string id, ClaimsPrincipal user, ISilenceService silences, CancellationToken cancellationToken)
    {
        var result = await silences.ExpireAsync(id, user, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Problem(result);
    }

    private static SilenceRequest? ToRequest(SilenceRequestBody body, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(body.Matchers))
        {
            problem = "matchers is required, e.g. alertname=\"HighCommandFailureRate\", service=\"robot-data-service\".";
            return null;
        }
        if (!MatcherParser.TryParse(body.Matchers, out var matchers, out var error))
        {
            problem = $"matchers: {error!.Reason} (column {error.Column}).";
            return null;
        }
        return new SilenceRequest
        {
            Matchers = matchers,
            StartsAt = body.StartsAt,
            EndsAt = body.EndsAt,
            Duration = body.Duration,
            Comment = body.Comment ?? string.Empty,
        };
    }
}
