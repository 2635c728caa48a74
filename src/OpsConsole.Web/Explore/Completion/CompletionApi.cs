using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpsConsole.Prometheus;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Explore.Completion;

/// <summary>
/// The editor's completion source (View): <c>GET /api/explore/metric-names?q=&amp;limit=</c>,
/// <c>/api/explore/label-names?metric=&amp;q=&amp;limit=</c>, <c>/api/explore/label-values?label=&amp;metric=&amp;matchers=&amp;q=&amp;limit=</c>
/// (<c>matchers</c>: JSON <c>[{"name","op","value"}]</c>). Answers are ranked and capped here; 502 when Prometheus fails.
/// </summary>
internal static class CompletionApi
{
    public const string Route = "/api/explore";
    private const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapCompletionApi(this IEndpointRouteBuilder endpoints)
    {
        var explore = endpoints.MapGroup(Route).WithTags("Explore").RequireAuthorization(Policies.View);
        explore.MapGet("/metric-names", MetricNamesAsync).WithName("CompleteMetricNames");
        explore.MapGet("/label-names", LabelNamesAsync).WithName("CompleteLabelNames");
        explore.MapGet("/label-values", LabelValuesAsync).WithName("CompleteLabelValues");
        return endpoints;
    }

    private static async Task<Results<Ok<MetricNamesAnswer>, ProblemHttpResult>> MetricNamesAsync(
        CompletionService completions, string? q, int? limit, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await completions.MetricNamesAsync(q, limit ?? DefaultLimit, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new MetricNamesAnswer(answer.Metrics, answer.Truncated));
        }
        catch (PrometheusApiException ex)
        {
            return Unavailable(ex);
        }
    }

    private static async Task<Results<Ok<ValuesAnswer>, ProblemHttpResult>> LabelNamesAsync(
        CompletionService completions, string? metric, string? q, int? limit, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await completions.LabelNamesAsync(metric, q, limit ?? DefaultLimit, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new ValuesAnswer(answer.Values, answer.Truncated));
        }
        catch (PrometheusApiException ex)
        {
            return Unavailable(ex);
        }
    }

    private static async Task<Results<Ok<ValuesAnswer>, ProblemHttpResult>> LabelValuesAsync(
        CompletionService completions,
        [FromQuery] string? label,
        [FromQuery] string? metric,
        [FromQuery] string? matchers,
        [FromQuery] string? q,
        [FromQuery] int? limit,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(label) || !PromQl.IsValidLabelName(label))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "label.invalid",
                detail: "label must be a label name ([a-zA-Z_][a-zA-Z0-9_]*).");
        }
        if (!TryReadMatchers(matchers, out var parsed))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "matchers.invalid",
                detail: "matchers must be a JSON array of {\"name\",\"op\",\"value\"}.");
        }
        try
        {
            var answer = await completions.LabelValuesAsync(label, metric, parsed, q, limit ?? DefaultLimit, cancellationToken)
                .ConfigureAwait(false);
            return TypedResults.Ok(new ValuesAnswer(answer.Values, answer.Truncated));
        }
        catch (PrometheusApiException ex)
        {
            return Unavailable(ex);
        }
    }

    private static bool TryReadMatchers(string? json, out IReadOnlyList<CompletionMatcher> matchers)
    {
        matchers = [];
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }
        try
        {
            var read = JsonSerializer.Deserialize(json, ExploreJsonContext.Default.ListCompletionMatcher);
            if (read is null || read.Count > 50 || read.Any(m => m is null || m.Name is null || m.Op is null || m.Value is null))
            {
                return false;
            }
            matchers = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The reason is a code (Prometheus's error type); the editor shows no completions rather than the error.
    private static ProblemHttpResult Unavailable(PrometheusApiException ex) =>
        TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "prometheus." + ex.ErrorType);
}

internal sealed record MetricNamesAnswer(IReadOnlyList<MetricCompletion> Metrics, bool Truncated);

internal sealed record ValuesAnswer(IReadOnlyList<string> Values, bool Truncated);
