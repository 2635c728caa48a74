namespace OpsConsole.Core.Alerts.Webhook;

/// <summary>A parsed notification, or why the body is not one (safe to answer with 400: it names fields, never echoes values).</summary>
public sealed record WebhookParseResult
{
    private WebhookParseResult(AlertmanagerWebhook? payload, string? error)
    {
        Payload = payload;
        Error = error;
    }

    public AlertmanagerWebhook? Payload { get; }

    public string? Error { get; }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Payload))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Payload is not null;

    internal static WebhookParseResult Valid(AlertmanagerWebhook payload) => new(payload, null);

    internal static WebhookParseResult Invalid(string error) => new(null, error);
}
