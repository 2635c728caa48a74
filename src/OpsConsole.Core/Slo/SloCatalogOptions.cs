namespace OpsConsole.Core.Slo;

/// <summary>Where the SLO files are and how quickly edits are picked up (section <c>Slo</c>).</summary>
public sealed class SloCatalogOptions
{
    public const string SectionName = "Slo";

    /// <summary>The folder holding the <c>*.yaml</c> SLO files (e.g. <c>deploy/slo</c>).</summary>
    public required string Directory { get; set; }

    /// <summary>How long the folder must be quiet after a change before it is reloaded (an editor's save is several writes).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
