using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Alerts.Live;

internal static partial class AlertStreamLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning,
        Message = "An alert subscriber threw while receiving event {Sequence} ({Change}); it stays subscribed")]
    public static partial void SubscriberThrew(ILogger logger, long sequence, AlertChange change, Exception exception);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Warning,
        Message = "An alert subscriber fell {QueuedEvents} events behind and was dropped")]
    public static partial void SubscriberOverflowed(ILogger logger, int queuedEvents);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Debug,
        Message = "Alert {Fingerprint} {Change} (event {Sequence})")]
    public static partial void Changed(ILogger logger, string fingerprint, AlertChange change, long sequence);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Debug,
        Message = "Ignored a stale {Phase} observation of alert {Fingerprint} starting {StartsAt}")]
    public static partial void Stale(ILogger logger, string fingerprint, AlertPhase phase, DateTimeOffset startsAt);
}
