using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Capacity;

internal static partial class CapacityLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error,
        Message = "Capacity file {File} line {Line} column {Column}, field {Field}: {Reason} ({Hint})")]
    public static partial void FileError(ILogger logger, string file, int line, int column, string field, string reason, string? hint);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Capacity triggers loaded from {Directory}: {TriggerCount} triggers, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int triggerCount, int brokenFileCount, long version);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "Capacity directory {Directory} does not exist; no capacity triggers are defined and changes are not watched")]
    public static partial void DirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error,
        Message = "Reloading the capacity triggers from {Directory} failed; the previous triggers stay")]
    public static partial void ReloadFailed(ILogger logger, string directory, Exception exception);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning,
        Message = "The capacity file watcher failed; reloading everything")]
    public static partial void WatcherFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning,
        Message = "A subscriber to capacity trigger changes threw; the others were still told")]
    public static partial void SubscriberThrew(ILogger logger, Exception exception);
}
