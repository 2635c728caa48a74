using Microsoft.AspNetCore.Http.HttpResults;
using OpsConsole.Web.Components.Alerts;

namespace OpsConsole.Web.Alerts.Api;

/// <summary>One mapping from <see cref="AlertActionOutcome"/> to HTTP, for every alert and silence endpoint.</summary>
internal static class ApiResults
{
    public static ProblemHttpResult Problem(AlertActionResult result) => TypedResults.Problem(
        statusCode: result.Outcome switch
        {
            AlertActionOutcome.Invalid => StatusCodes.Status400BadRequest,
            AlertActionOutcome.NotFound => StatusCodes.Status404NotFound,
            AlertActionOutcome.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status502BadGateway,
        },
        title: result.Outcome.ToString(),
        detail: AlertsText.Problem(result),
        // The code is for programs (stable, English); detail is for people, in the request's language.
        extensions: new Dictionary<string, object?> { ["code"] = result.Problem.ToString() });

    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: nameof(AlertActionOutcome.Invalid), detail: detail);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: nameof(AlertActionOutcome.Unavailable), detail: detail);
}
