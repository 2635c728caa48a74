namespace OpsConsole.Core.Capacity;

/// <summary>Where the capacity files are and how quickly edits are picked up (section <c>Capacity</c>).</summary>
public sealed class CapacityCatalogOptions
{
    public const string SectionName = "Capacity";

    /// <summary>The folder holding the <c>*.yaml</c> capacity files (e.g. <c>deploy/capacity</c>).</summary>
    public required string Directory { get; set; }

    /// <summary>How long the folder must be quiet after a change before it is reloaded (an editor's save is several writes).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
