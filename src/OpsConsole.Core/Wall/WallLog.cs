using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Wall;

internal static partial class WallLog
{
    [LoggerMessage(EventId = 3802, Level = LogLevel.Information,
        Message = "Playlists loaded from {Directory}: {PlaylistCount} playlists, {ScreenCount} screens, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int playlistCount, int screenCount, int brokenFileCount, long version);
}
