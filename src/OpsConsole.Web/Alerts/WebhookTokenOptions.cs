namespace OpsConsole.Web.Alerts;

/// <summary>
/// <c>Alertmanager:WebhookToken</c>: the bearer token Alertmanager sends to the webhook (its <c>credentials_file</c>).
/// Empty: the webhook refuses everything (401), so a console without a token can never be fed by a stranger.
/// </summary>
public sealed class WebhookTokenOptions
{
    public string? WebhookToken { get; set; }

    // Options objects end up in logs; the token must not.
    public override string ToString() => $"WebhookToken={(string.IsNullOrEmpty(WebhookToken) ? "none" : "set")}";
}
