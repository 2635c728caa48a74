using System.Buffers;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Webhook;

namespace OpsConsole.Web.Alerts.Webhook;

/// <summary>
/// One Alertmanager webhook delivery: token, size, parse, then <see cref="AlertStream.ApplyWebhook"/>, which is
/// synchronous and cheap, so the answer goes back at once; subscribers (hub, history, acks) get the events from
/// their own queues afterwards. A retried delivery changes nothing (the stream ignores what it already holds).
/// </summary>
internal sealed class WebhookReceiver(
    AlertStream stream,
    IOptionsMonitor<WebhookTokenOptions> token,
    IOptionsMonitor<ConsoleAlertOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookReceiver> logger)
{
    private const int MaxLoggedText = 200;

    public async Task<WebhookOutcome> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = timeProvider.GetUtcNow();
        if (!WebhookToken.IsAuthorized(request.Headers.Authorization.ToString(), token.CurrentValue.WebhookToken))
        {
            WebhookLog.Unauthorized(logger, request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return WebhookOutcome.Unauthorized;
        }

        var limit = options.CurrentValue.WebhookMaxBytes;
        var body = await ReadBoundedAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (body is not { } utf8)
        {
            return Refuse(WebhookOutcome.TooLarge(limit));
        }

        var parsed = WebhookParser.Parse(utf8);
        if (parsed.Payload is not { } notification)
        {
            return Refuse(WebhookOutcome.Invalid(parsed.Error ?? "the body is not an Alertmanager webhook"));
        }
        if (notification.TruncatedAlerts > 0)
        {
            WebhookLog.Truncated(logger, notification.TruncatedAlerts, notification.GroupKey);
        }

        var events = stream.ApplyWebhook(notification);
        WebhookLog.Received(logger, notification.Status.ToString().ToLowerInvariant(), Shorten(notification.Receiver), receivedAt,
            notification.Alerts.Count, events.Count, Shorten(notification.GroupKey));
        return new WebhookOutcome(StatusCodes.Status200OK, Alerts: notification.Alerts.Count, Changes: events.Count);
    }

    // Sender-chosen text: enough to recognise a group, never a wall of it in the log.
    private static string Shorten(string text) => text.Length <= MaxLoggedText ? text : string.Concat(text.AsSpan(0, MaxLoggedText), "…");

    private WebhookOutcome Refuse(WebhookOutcome outcome)
    {
        WebhookLog.Refused(logger, outcome.StatusCode, outcome.Reason ?? string.Empty);
        return outcome;
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> (read no further than one byte past it).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
