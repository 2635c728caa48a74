using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Feeds;

internal static partial class PanelFeedLog
{
    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning,
        Message = "Panel query failed ({ErrorType}, status {StatusCode}) for {Expression} on {BackendId}; keeping the last good frame")]
    public static partial void QueryFailed(ILogger logger, string errorType, int? statusCode, string expression, string backendId, Exception exception);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information,
        Message = "Panel query recovered for {Expression} on {BackendId} after failing since {FailingSince}")]
    public static partial void QueryRecovered(ILogger logger, string expression, string backendId, DateTimeOffset failingSince);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning,
        Message = "A panel subscriber threw while receiving a frame for {Expression}; it stays subscribed")]
    public static partial void SubscriberThrew(ILogger logger, string expression, Exception exception);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Debug,
        Message = "Panel feed key started: {Expression} on {BackendId}, range {Range}, step {Step}")]
    public static partial void KeyStarted(ILogger logger, string expression, string backendId, TimeSpan range, TimeSpan step);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Debug,
        Message = "Panel feed key stopped, nobody watches it: {Expression} on {BackendId}")]
    public static partial void KeyStopped(ILogger logger, string expression, string backendId);
}
