using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Wall;

internal static partial class WallLog
{
    [LoggerMessage(EventId = 3801, Level = LogLevel.Error,
        Message = "Playlist file {File} line {Line} column {Column}, field {Field}: {Reason} ({Hint})")]
    public static partial void FileError(ILogger logger, string file, int line, int column, string field, string reason, string? hint);

    [LoggerMessage(EventId = 3802, Level = LogLevel.Information,
        Message = "Playlists loaded from {Directory}: {PlaylistCount} playlists, {ScreenCount} screens, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int playlistCount, int screenCount, int brokenFileCount, long version);

    [LoggerMessage(EventId = 3803, Level = LogLevel.Warning,
        Message = "Playlist directory {Directory} does not exist; no wall screens are defined and changes are not watched")]
    public static partial void DirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(EventId = 3804, Level = LogLevel.Error,
        Message = "Reloading the playlists from {Directory} failed; the previous playlists stay")]
    public static partial void ReloadFailed(ILogger logger, string directory, Exception exception);

    [LoggerMessage(EventId = 3805, Level = LogLevel.Warning,
        Message = "The playlist file watcher failed; reloading everything")]
    public static partial void WatcherFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3806, Level = LogLevel.Warning,
        Message = "A subscriber to playlist changes threw; the others were still told")]
    public static partial void SubscriberThrew(ILogger logger, Exception exception);
}
