namespace OpsConsole.Core.Wall;

/// <summary>Where the playlist files are and how quickly edits are picked up (section <c>Playlists</c>).</summary>
public sealed class PlaylistCatalogOptions
{
    public const string SectionName = "Playlists";

    /// <summary>The folder holding the <c>*.yaml</c> playlist files (e.g. <c>deploy/playlists</c>).</summary>
    public required string Directory { get; set; }

    /// <summary>How long the folder must be quiet after a change before it is reloaded (an editor's save is several writes).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
