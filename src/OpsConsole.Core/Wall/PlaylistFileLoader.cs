using OpsConsole.Core.Boards;
using OpsConsole.Core.Wall.Yaml;

namespace OpsConsole.Core.Wall;

/// <summary>
/// Reads playlist files (<c>deploy/playlists/*.yaml</c>). Every error of a file is reported at once with file,
/// line, column, field and a hint; a broken file never hides the others, and nothing in a file makes this throw.
/// </summary>
public static class PlaylistFileLoader
{
    /// <summary>Every playlist file directly in <paramref name="directory"/>, in file-name order, checked across files.</summary>
    public static async Task<IReadOnlyList<PlaylistFileResult>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken) =>
        Validate(await BoardFileLoader.ReadDirectoryAsync(directory, cancellationToken).ConfigureAwait(false));

    public static PlaylistFileResult Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        return PlaylistFileParser.Parse(fileName, yaml);
    }

    /// <summary>Each file on its own, then across them: playlist ids, screen ids and kiosk names are unique.</summary>
    internal static IReadOnlyList<PlaylistFileResult> Validate(IReadOnlyList<BoardFileText> files)
    {
        var results = files.Select(f => f.ReadError is null
            ? Parse(f.File, f.Text)
            : new PlaylistFileResult(f.File, Path.GetFileNameWithoutExtension(f.File), null,
                [new BoardFileError(f.File, 1, 1, string.Empty, "the file cannot be read: " + f.ReadError, "check that it exists and the console may read it")])).ToList();
        var playlistOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var screenOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var kioskOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Playlist is not { } playlist)
            {
                continue;
            }
            var file = results[i].File;
            var errors = new List<BoardFileError>();
            if (!playlistOwner.TryAdd(playlist.Id, file))
            {
                errors.Add(new BoardFileError(file, 1, 1, "id", $"playlist id \"{playlist.Id}\" is already used by {playlistOwner[playlist.Id]}", "give every playlist its own id"));
            }
            for (var s = 0; s < playlist.Screens.Count; s++)
            {
                var screen = playlist.Screens[s];
                if (!screenOwner.TryAdd(screen.Id, file))
                {
                    errors.Add(new BoardFileError(file, screen.Line, 1, $"screens[{s}].id", $"screen id \"{screen.Id}\" is already used by {screenOwner[screen.Id]}", "give every screen its own id"));
                }
                if (!kioskOwner.TryAdd(screen.Kiosk, $"screen {screen.Id}"))
                {
                    errors.Add(new BoardFileError(file, screen.Line, 1, $"screens[{s}].kiosk", $"kiosk \"{screen.Kiosk}\" already plays {kioskOwner[screen.Kiosk]}", "a kiosk token shows one screen; give this screen its own token"));
                }
            }
            if (errors.Count > 0)
            {
                results[i] = results[i] with { Playlist = null, Errors = errors };
            }
        }
        return results;
    }
}
