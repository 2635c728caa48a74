using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts.Webhook;

/// <summary>
/// <c>POST /api/alertmanager/webhook</c>: anonymous as far as cookies and API tokens go, guarded by its own bearer
/// token (<c>Alertmanager:WebhookToken</c>; no cookie ever authenticates it, so the cross-site guard leaves it alone) and
/// rate-limited per address unless it brings that token (a storm must never be refused). 200 accepted, 400 with the parser's
/// reason, 401 token, 413 size. Never 5xx for a bad body: Alertmanager retries 5xx.
/// </summary>
internal static class WebhookEndpoint
{
    public const string Route = "/api/alertmanager/webhook";

    public static IEndpointRouteBuilder MapAlertmanagerWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExemptFromCrossSiteGuard()
            .RequireRateLimiting(RateLimitPolicies.Webhook)
            .ExcludeFromDescription()
            .WithName("AlertmanagerWebhook");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, WebhookReceiver receiver, IOptionsMonitor<ConsoleAlertOptions> options, CancellationToken cancellationToken)
    {
        // Kestrel then stops reading at the limit by itself (the receiver also counts, for servers without the feature).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.CurrentValue.WebhookMaxBytes + 1;
        }
        WebhookOutcome outcome;
        try
        {
            outcome = await receiver.ReceiveAsync(context.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            outcome = WebhookOutcome.TooLarge(options.CurrentValue.WebhookMaxBytes);
        }
        return outcome.StatusCode switch
        {
            StatusCodes.Status200OK => TypedResults.Ok(new WebhookAccepted(outcome.Alerts, outcome.Changes)),
            StatusCodes.Status401Unauthorized => TypedResults.Unauthorized(),
            _ => TypedResults.Problem(statusCode: outcome.StatusCode, title: "Webhook refused", detail: outcome.Reason),
        };
    }
}

/// <summary>The 200 answer: how many alerts the delivery held and how many changes they made (0 for a retry).</summary>
internal sealed record WebhookAccepted(int Alerts, int Changes);
