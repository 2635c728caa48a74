using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Capacity;

/// <summary>
/// The current capacity triggers, reloaded when their files change (one per process). A broken file keeps its errors
/// (the capacity page shows them) while the triggers of the other files stay on the page.
/// </summary>
public sealed class CapacityCatalog : IDisposable
{
    private readonly CapacityCatalogOptions _options;
    private readonly ILogger<CapacityCatalog> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly DefinitionFolderWatcher _watcher;
    private Dictionary<string, string> _lastTexts = [];
    private CapacityCatalogSnapshot _current = CapacityCatalogSnapshot.Empty;

    public CapacityCatalog(CapacityCatalogOptions options, TimeProvider timeProvider, ILogger<CapacityCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _watcher = new DefinitionFolderWatcher(options.Directory, options.Debounce, timeProvider, BoardFileLoader.IsBoardFile,
            async token => await ReloadAsync(token).ConfigureAwait(false),
            e => CapacityLog.WatcherFailed(_logger, e),
            e => CapacityLog.ReloadFailed(_logger, _options.Directory, e));
    }

    /// <summary>Raised after a reload that changed any file, on the reloading thread; handlers must not block.</summary>
    public event EventHandler<CapacityCatalogSnapshot>? Changed;

    public CapacityCatalogSnapshot Current => Volatile.Read(ref _current);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (!_watcher.Start())
        {
            CapacityLog.DirectoryMissing(_logger, _options.Directory);
        }
    }

    /// <summary>Reads every capacity file now and publishes a new snapshot if any text changed.</summary>
    public async Task<CapacityCatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var texts = await BoardFileLoader.ReadDirectoryAsync(_options.Directory, cancellationToken).ConfigureAwait(false);
            var newTexts = texts.ToDictionary(t => t.File, t => t.ReadError ?? t.Text, StringComparer.Ordinal);
            var previous = Current;
            if (previous.Version > 0 && newTexts.Count == _lastTexts.Count &&
                newTexts.All(pair => _lastTexts.TryGetValue(pair.Key, out var text) && text == pair.Value))
            {
                return previous;
            }
            var results = texts.Select(Parse).ToList();
            foreach (var error in results.Where(r => !_lastTexts.TryGetValue(r.File, out var old) || old != newTexts[r.File]).SelectMany(r => r.Errors))
            {
                CapacityLog.FileError(_logger, error.File, error.Line, error.Column, error.Field, error.Reason, error.Hint);
            }
            var next = new CapacityCatalogSnapshot(results, previous.Version + 1);
            CapacityLog.Loaded(_logger, _options.Directory, next.Triggers.Count, next.BrokenFiles.Count, next.Version);
            _lastTexts = newTexts;
            Volatile.Write(ref _current, next);
            Raise(next);
            return next;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _reloadGate.Dispose();
    }

    private static CapacityFileResult Parse(BoardFileText file) =>
        file.ReadError is null
            ? CapacityFileParser.Parse(file.File, file.Text)
            : new CapacityFileResult(file.File, [], [new BoardFileError(file.File, 1, 1, string.Empty,
                "the file cannot be read: " + file.ReadError, "check that it exists and the console may read it")]);

    private void Raise(CapacityCatalogSnapshot next)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<CapacityCatalogSnapshot>>() ?? [])
        {
            try
            {
                handler(this, next);
            }
            catch (Exception e)
            {
                CapacityLog.SubscriberThrew(_logger, e);
            }
        }
    }
}
