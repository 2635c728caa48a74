using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Boards;

internal static partial class BoardsLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Error,
        Message = "Board file {File} line {Line} column {Column}, field {Field}: {Reason} ({Hint})")]
    public static partial void FileError(ILogger logger, string file, int line, int column, string field, string reason, string? hint);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information,
        Message = "Boards loaded from {Directory}: {BoardCount} boards, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int boardCount, int brokenFileCount, long version);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information,
        Message = "Board file {File} is valid again")]
    public static partial void FileFixed(ILogger logger, string file);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Warning,
        Message = "Board directory {Directory} does not exist; no boards are loaded and changes are not watched")]
    public static partial void DirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Error,
        Message = "Reloading the boards from {Directory} failed; the previous boards stay")]
    public static partial void ReloadFailed(ILogger logger, string directory, Exception exception);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Warning,
        Message = "A subscriber to board changes threw; the others were still told")]
    public static partial void SubscriberThrew(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3507, Level = LogLevel.Warning,
        Message = "The board file watcher failed; reloading everything")]
    public static partial void WatcherFailed(ILogger logger, Exception exception);
}
