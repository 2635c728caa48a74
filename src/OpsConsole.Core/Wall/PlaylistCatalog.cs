using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Wall;

/// <summary>
/// The current playlists and wall screens of deploy/playlists, hot reloaded (one per process). A broken file keeps its
/// errors (its screens show them) while the other screens play on.
/// </summary>
public sealed class PlaylistCatalog(PlaylistCatalogOptions options, TimeProvider timeProvider, ILogger<PlaylistCatalog> logger)
    : DefinitionCatalog<PlaylistFileResult, PlaylistCatalogSnapshot>(
        Checked(options).Directory, options.Debounce, "playlist", PlaylistCatalogSnapshot.Empty, timeProvider, logger)
{
    private protected override IReadOnlyList<PlaylistFileResult> Validate(IReadOnlyList<BoardFileText> texts) => PlaylistFileLoader.Validate(texts);

    protected override PlaylistCatalogSnapshot CreateSnapshot(IReadOnlyList<PlaylistFileResult> results, long version) => new(results, version);

    protected override void LogLoaded(string directory, PlaylistCatalogSnapshot snapshot, int brokenFiles) =>
        WallLog.Loaded(Logger, directory, snapshot.Playlists.Count, snapshot.Screens.Count(), brokenFiles, snapshot.Version);

    private static PlaylistCatalogOptions Checked(PlaylistCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options;
    }
}
