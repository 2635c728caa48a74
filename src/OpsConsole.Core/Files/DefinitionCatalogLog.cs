using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Files;

/// <summary>The log lines every <see cref="DefinitionCatalog{TResult, TSnapshot}"/> writes; {Kind} names the files ("SLO", "playlist"…).</summary>
internal static partial class DefinitionCatalogLog
{
    [LoggerMessage(EventId = 2901, Level = LogLevel.Error,
        Message = "{Kind} file {File} line {Line} column {Column}, field {Field}: {Reason} ({Hint})")]
    public static partial void FileError(ILogger logger, string kind, string file, int line, int column, string field, string reason, string? hint);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Warning,
        Message = "{Kind} directory {Directory} does not exist; nothing is defined there and changes are not watched")]
    public static partial void DirectoryMissing(ILogger logger, string kind, string directory);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Error,
        Message = "Reloading the {Kind} files from {Directory} failed; the previous definitions stay")]
    public static partial void ReloadFailed(ILogger logger, string kind, string directory, Exception exception);

    [LoggerMessage(EventId = 2904, Level = LogLevel.Warning,
        Message = "The {Kind} file watcher failed; reloading everything")]
    public static partial void WatcherFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 2905, Level = LogLevel.Warning,
        Message = "A subscriber to {Kind} changes threw; the others were still told")]
    public static partial void SubscriberThrew(ILogger logger, string kind, Exception exception);
}
