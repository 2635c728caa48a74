using System.Collections.Frozen;

namespace OpsConsole.Core.Wall;

/// <summary>The playlists and wall screens as last loaded: immutable, read from any thread.</summary>
public sealed class PlaylistCatalogSnapshot
{
    public static readonly PlaylistCatalogSnapshot Empty = new([], 0);

    private readonly FrozenDictionary<string, ScreenDefinition> _screens;
    private readonly FrozenDictionary<string, PlaylistFileResult> _fileOfScreen;

    public PlaylistCatalogSnapshot(IReadOnlyList<PlaylistFileResult> files, long version)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = files;
        Version = version;
        Playlists = files.Where(f => f.Playlist is not null).Select(f => f.Playlist!).ToList();
        var screens = new Dictionary<string, ScreenDefinition>(StringComparer.Ordinal);
        var fileOfScreen = new Dictionary<string, PlaylistFileResult>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var id in file.ScreenIds)
            {
                fileOfScreen.TryAdd(id, file);
            }
            foreach (var screen in file.Playlist?.Screens ?? [])
            {
                screens.TryAdd(screen.Id, screen);
            }
        }
        _screens = screens.ToFrozenDictionary(StringComparer.Ordinal);
        _fileOfScreen = fileOfScreen.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every playlist file, valid or not, in file-name order.</summary>
    public IReadOnlyList<PlaylistFileResult> Files { get; }

    public IReadOnlyList<PlaylistDefinition> Playlists { get; }

    /// <summary>Counts the reloads that changed something; 0 before the first load.</summary>
    public long Version { get; }

    public IEnumerable<ScreenDefinition> Screens => Playlists.SelectMany(p => p.Screens);

    /// <summary>The screen with this id and its playlist, or null when no valid file defines it.</summary>
    public (ScreenDefinition Screen, PlaylistDefinition Playlist)? FindScreen(string screenId) =>
        _screens.TryGetValue(screenId, out var screen) && Playlists.FirstOrDefault(p => p.Id == screen.PlaylistId) is { } playlist
            ? (screen, playlist)
            : null;

    /// <summary>The file that declares <paramref name="screenId"/> (valid or broken), so a broken one can show its errors.</summary>
    public PlaylistFileResult? FileOfScreen(string screenId) => _fileOfScreen.GetValueOrDefault(screenId);

    /// <summary>The screen a kiosk token plays, or null.</summary>
    public ScreenDefinition? ScreenOfKiosk(string kioskName) => Screens.FirstOrDefault(s => s.Kiosk == kioskName);
}
