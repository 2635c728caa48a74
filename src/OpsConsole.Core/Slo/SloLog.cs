using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Slo;

internal static partial class SloLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Error,
        Message = "SLO file {File} line {Line} column {Column}, field {Field}: {Reason} ({Hint})")]
    public static partial void FileError(ILogger logger, string file, int line, int column, string field, string reason, string? hint);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information,
        Message = "SLOs loaded from {Directory}: {SloCount} SLOs, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int sloCount, int brokenFileCount, long version);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning,
        Message = "SLO directory {Directory} does not exist; no SLOs are defined and changes are not watched")]
    public static partial void DirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Error,
        Message = "Reloading the SLOs from {Directory} failed; the previous SLOs stay")]
    public static partial void ReloadFailed(ILogger logger, string directory, Exception exception);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Warning,
        Message = "The SLO file watcher failed; reloading everything")]
    public static partial void WatcherFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Warning,
        Message = "A subscriber to SLO changes threw; the others were still told")]
    public static partial void SubscriberThrew(ILogger logger, Exception exception);
}
