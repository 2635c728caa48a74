using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Slo;

/// <summary>
/// The current SLO definitions, reloaded when their files change (one per process). A broken file keeps its errors
/// (the SLO page shows them in its own row) while the other SLOs stay listed.
/// </summary>
public sealed class SloCatalog : IDisposable
{
    private readonly SloCatalogOptions _options;
    private readonly ILogger<SloCatalog> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly DefinitionFolderWatcher _watcher;
    private Dictionary<string, string> _lastTexts = [];
    private SloCatalogSnapshot _current = SloCatalogSnapshot.Empty;

    public SloCatalog(SloCatalogOptions options, TimeProvider timeProvider, ILogger<SloCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _watcher = new DefinitionFolderWatcher(options.Directory, options.Debounce, timeProvider, BoardFileLoader.IsBoardFile,
            async token => await ReloadAsync(token).ConfigureAwait(false),
            e => SloLog.WatcherFailed(_logger, e),
            e => SloLog.ReloadFailed(_logger, _options.Directory, e));
    }

    /// <summary>Raised after a reload that changed any file, on the reloading thread; handlers must not block.</summary>
    public event EventHandler<SloCatalogSnapshot>? Changed;

    public SloCatalogSnapshot Current => Volatile.Read(ref _current);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (!_watcher.Start())
        {
            SloLog.DirectoryMissing(_logger, _options.Directory);
        }
    }

    /// <summary>Reads every SLO file now and publishes a new snapshot if any text changed.</summary>
    public async Task<SloCatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
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
            var results = SloFileLoader.Validate(texts);
            foreach (var error in results.Where(r => !_lastTexts.TryGetValue(r.File, out var old) || old != newTexts[r.File]).SelectMany(r => r.Errors))
            {
                SloLog.FileError(_logger, error.File, error.Line, error.Column, error.Field, error.Reason, error.Hint);
            }
            var next = new SloCatalogSnapshot(results, previous.Version + 1);
            SloLog.Loaded(_logger, _options.Directory, next.Slos.Count, results.Count(r => !r.IsValid), next.Version);
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

    private void Raise(SloCatalogSnapshot next)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<SloCatalogSnapshot>>() ?? [])
        {
            try
            {
                handler(this, next);
            }
            catch (Exception e)
            {
                SloLog.SubscriberThrew(_logger, e);
            }
        }
    }
}
