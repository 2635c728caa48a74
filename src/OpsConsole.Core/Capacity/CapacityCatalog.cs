using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Capacity;

/// <summary>
/// The current capacity triggers of deploy/capacity, hot reloaded (one per process). A broken file keeps its errors
/// (the capacity page shows them) while the triggers of the other files stay on the page.
/// </summary>
public sealed class CapacityCatalog(CapacityCatalogOptions options, TimeProvider timeProvider, ILogger<CapacityCatalog> logger)
    : DefinitionCatalog<CapacityFileResult, CapacityCatalogSnapshot>(
        Checked(options).Directory, options.Debounce, "capacity", CapacityCatalogSnapshot.Empty, timeProvider, logger)
{
    private protected override IReadOnlyList<CapacityFileResult> Validate(IReadOnlyList<BoardFileText> texts) => [.. texts.Select(Parse)];

    protected override CapacityCatalogSnapshot CreateSnapshot(IReadOnlyList<CapacityFileResult> results, long version) => new(results, version);

    protected override void LogLoaded(string directory, CapacityCatalogSnapshot snapshot, int brokenFiles) =>
        CapacityLog.Loaded(Logger, directory, snapshot.Triggers.Count, brokenFiles, snapshot.Version);

    private static CapacityFileResult Parse(BoardFileText file) =>
        file.ReadError is null
            ? CapacityFileParser.Parse(file.File, file.Text)
            : new CapacityFileResult(file.File, [], [new BoardFileError(file.File, 1, 1, string.Empty,
                "the file cannot be read: " + file.ReadError, "check that it exists and the console may read it")]);

    private static CapacityCatalogOptions Checked(CapacityCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options;
    }
}
