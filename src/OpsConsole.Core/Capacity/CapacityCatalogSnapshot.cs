namespace OpsConsole.Core.Capacity;

/// <summary>The capacity files as last loaded: every file's triggers or errors, in file-name order.</summary>
public sealed record CapacityCatalogSnapshot(IReadOnlyList<CapacityFileResult> Files, long Version)
{
    public static CapacityCatalogSnapshot Empty { get; } = new([], 0);

    /// <summary>The triggers of every valid file, in file order then file position.</summary>
    public IReadOnlyList<CapacityTrigger> Triggers { get; } = [.. Files.SelectMany(f => f.Triggers)];

    public IReadOnlyList<CapacityFileResult> BrokenFiles { get; } = [.. Files.Where(f => !f.IsValid)];
}
