namespace OpsConsole.Core.Boards;

/// <summary>Where the board files are and how quickly edits are picked up.</summary>
public sealed class BoardCatalogOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Boards";

    /// <summary>The folder holding the <c>*.yaml</c> board files (e.g. <c>deploy/boards</c>).</summary>
    public required string Directory { get; set; }

    /// <summary>
    /// How long the folder must be quiet after a change before it is reloaded: an editor's save
    /// is often several writes, and reading in between would report a half-written file.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
