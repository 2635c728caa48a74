namespace OpsConsole.Web.Alerts.Webhook;

/// <summary>What the receiver made of one delivery; the endpoint turns it into a status code.</summary>
internal sealed record WebhookOutcome(int StatusCode, string? Reason = null, int Alerts = 0, int Changes = 0)
{
    public static WebhookOutcome Unauthorized { get; } = new(StatusCodes.Status401Unauthorized, "missing or wrong bearer token");

    public static WebhookOutcome TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit} bytes");

    public static WebhookOutcome Invalid(string reason) => new(StatusCodes.Status400BadRequest, reason);
}
