using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Wall;

/// <summary>One playlist of <c>deploy/playlists/</c>: boards a wall screen rotates through, and the screens that play it.</summary>
public sealed record PlaylistDefinition
{
    /// <summary>Unique across playlist files; URL-safe.</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>In play order; never empty.</summary>
    public required IReadOnlyList<PlaylistEntry> Entries { get; init; }

    /// <summary>The wall screens bound to this playlist.</summary>
    public IReadOnlyList<ScreenDefinition> Screens { get; init; } = [];

    /// <summary>The file it came from (its name only).</summary>
    public required string SourceFile { get; init; }
}
