using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Live;

internal static partial class SharedPollLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning,
        Message = "Live source {Source} failed ({ErrorType}, status {StatusCode}) for {Key}; keeping the last good value")]
    public static partial void FetchFailed(ILogger logger, string source, string errorType, int? statusCode, string key, Exception exception);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information,
        Message = "Live source {Source} recovered for {Key} after failing since {FailingSince}")]
    public static partial void FetchRecovered(ILogger logger, string source, string key, DateTimeOffset failingSince);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Warning,
        Message = "A viewer of live source {Source} threw while receiving a value; it stays subscribed")]
    public static partial void SubscriberThrew(ILogger logger, string source, Exception exception);
}
