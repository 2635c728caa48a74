using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.Api;

/// <summary>
/// <c>GET /api/alert-history?from=&amp;to=&amp;alertname=&amp;state=&amp;fingerprint=&amp;filter=&amp;page=&amp;pageSize=</c>,
/// <c>GET /api/alert-history/{fingerprint}</c> (timeline, oldest first) and
/// <c>GET /api/alert-history/response-times?from=&amp;to=</c> (MTTA/MTTR per alertname) and
/// <c>GET /api/alert-history/response-times/weekly?from=&amp;to=</c> (per service × severity × week, default the last
/// 13 weeks of the display time zone); all View.
/// </summary>
internal static class HistoryApi
{
    public const string Route = "/api/alert-history";

    public static IEndpointRouteBuilder MapAlertHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        var history = endpoints.MapGroup(Route).WithTags("Alert history").RequireAuthorization(Policies.View);
        history.MapGet("/", QueryAsync).WithName("GetAlertHistory");
        history.MapGet("/response-times", ResponseTimesAsync).WithName("GetAlertResponseTimes");
        history.MapGet("/response-times/weekly", WeeklyResponseTimesAsync).WithName("GetWeeklyAlertResponseTimes");
        history.MapGet("/{fingerprint}", TimelineAsync).WithName("GetAlertTimeline");
        return endpoints;
    }

    private static async Task<Results<Ok<AlertHistoryPage>, ProblemHttpResult>> QueryAsync(
        IAlertHistoryQuery history,
        CancellationToken cancellationToken,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        string? alertname = null,
        string? state = null,
        string? fingerprint = null,
        string? filter = null,
        int? page = null,
        int? pageSize = null)
    {
        IReadOnlyList<Matcher> matchers = [];
        if (!string.IsNullOrWhiteSpace(filter) && !MatcherParser.TryParse(filter, out matchers, out var error))
        {
            return ApiResults.Invalid($"filter: {error!.Reason} (column {error.Column}).");
        }
        if (page is < 1 || pageSize is < 1 or > AlertHistoryFilter.MaxPageSize)
        {
            return ApiResults.Invalid($"page starts at 1; pageSize is between 1 and {AlertHistoryFilter.MaxPageSize}.");
        }
        if (from > to)
        {
            return ApiResults.Invalid("from must not be after to.");
        }
        if (state is not null && !AlertHistoryStates.All.Contains(state))
        {
            return ApiResults.Invalid($"state is one of {string.Join(", ", AlertHistoryStates.All)}.");
        }
        var result = await history.QueryAsync(new AlertHistoryFilter
        {
            From = from,
            To = to,
            AlertName = alertname,
            State = state,
            Fingerprint = fingerprint,
            Matchers = matchers,
            Page = page ?? 1,
            PageSize = pageSize ?? 50,
        }, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<IReadOnlyList<AlertHistoryEntry>>> TimelineAsync(
        string fingerprint, IAlertHistoryQuery history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.TimelineAsync(fingerprint, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<IReadOnlyList<AlertResponseStats>>, ProblemHttpResult>> ResponseTimesAsync(
        IAlertHistoryQuery history, TimeProvider timeProvider, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var end = to ?? timeProvider.GetUtcNow();
        var start = from ?? end - TimeSpan.FromDays(7);
        if (start > end)
        {
            return ApiResults.Invalid("from must not be after to.");
        }
        return TypedResults.Ok(await history.ResponseTimesAsync(start, end, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<IReadOnlyList<WeeklyResponseTimes>>, ProblemHttpResult>> WeeklyResponseTimesAsync(
        IAlertHistoryQuery history, TimeProvider timeProvider, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var end = to ?? timeProvider.GetUtcNow();
        var start = from ?? CalendarWeek.StartOfWeeksBefore(end, WeeklyResponseTimesWindow.DefaultWeeks - 1, timeProvider.LocalTimeZone);
        if (start > end)
        {
            return ApiResults.Invalid("from must not be after to.");
        }
        return TypedResults.Ok(await history.WeeklyResponseTimesAsync(start, end, cancellationToken).ConfigureAwait(false));
    }
}
