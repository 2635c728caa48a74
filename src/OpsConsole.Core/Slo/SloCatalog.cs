using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Slo;

/// <summary>
/// The current SLO definitions of deploy/slo, hot reloaded (one per process). A broken file keeps its errors (the SLO
/// page shows them in its own row) while the other SLOs stay listed.
/// </summary>
public sealed class SloCatalog(SloCatalogOptions options, TimeProvider timeProvider, ILogger<SloCatalog> logger)
    : DefinitionCatalog<SloFileResult, SloCatalogSnapshot>(
        Checked(options).Directory, options.Debounce, "SLO", SloCatalogSnapshot.Empty, timeProvider, logger)
{
    private protected override IReadOnlyList<SloFileResult> Validate(IReadOnlyList<BoardFileText> texts) => SloFileLoader.Validate(texts);

    protected override SloCatalogSnapshot CreateSnapshot(IReadOnlyList<SloFileResult> results, long version) => new(results, version);

    protected override void LogLoaded(string directory, SloCatalogSnapshot snapshot, int brokenFiles) =>
        SloLog.Loaded(Logger, directory, snapshot.Slos.Count, brokenFiles, snapshot.Version);

    private static SloCatalogOptions Checked(SloCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options;
    }
}
