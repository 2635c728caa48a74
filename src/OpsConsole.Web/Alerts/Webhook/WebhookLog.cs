namespace OpsConsole.Web.Alerts.Webhook;

internal static partial class WebhookLog
{
    // Information: the acceptance test measures delivery latency from ReceivedAt (round-trip "o" format).
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information,
        Message = "Webhook {Status} from receiver {Receiver} received at {ReceivedAt:o}: {AlertCount} alerts, {ChangeCount} changes, group {GroupKey}")]
    public static partial void Received(
        ILogger logger, string status, string receiver, DateTimeOffset receivedAt, int alertCount, int changeCount, string groupKey);

    // Warning, not Error: a bad body is the sender's problem, and the body itself is never logged.
    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Webhook refused ({StatusCode}): {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning,
        Message = "Webhook refused: missing or wrong bearer token from {Address} (is Alertmanager:WebhookToken the token in Alertmanager's credentials_file?)")]
    public static partial void Unauthorized(ILogger logger, string address);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning,
        Message = "Alertmanager truncated {TruncatedAlerts} alerts of group {GroupKey}; the reconcile pass fills them in")]
    public static partial void Truncated(ILogger logger, int truncatedAlerts, string groupKey);
}
