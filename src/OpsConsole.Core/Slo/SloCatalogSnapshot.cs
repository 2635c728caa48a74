namespace OpsConsole.Core.Slo;

/// <summary>The SLO files as last loaded: immutable, read from any thread. A broken file is kept with its errors.</summary>
public sealed class SloCatalogSnapshot
{
    public static readonly SloCatalogSnapshot Empty = new([], 0);

    public SloCatalogSnapshot(IReadOnlyList<SloFileResult> files, long version)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = files;
        Version = version;
        Slos = [.. files.Where(f => f.Slo is not null).Select(f => f.Slo!)];
    }

    /// <summary>Every SLO file, valid or not, in file-name order.</summary>
    public IReadOnlyList<SloFileResult> Files { get; }

    /// <summary>The valid SLOs, in file-name order.</summary>
    public IReadOnlyList<SloDefinition> Slos { get; }

    /// <summary>Counts the reloads that changed something; 0 before the first load.</summary>
    public long Version { get; }

    public SloDefinition? Find(string id) => Slos.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The file whose id (or name, when the id is unreadable) is <paramref name="id"/>, valid or broken.</summary>
    public SloFileResult? FileOf(string id) => Files.FirstOrDefault(f => string.Equals(f.SloId, id, StringComparison.Ordinal));
}
