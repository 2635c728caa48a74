using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Wall;

/// <summary>
/// The current playlists and wall screens, reloaded when their files change (one per process). A broken file
/// keeps its errors (its screens show them) while the other screens play on.
/// </summary>
public sealed class PlaylistCatalog : IDisposable
{
    private readonly PlaylistCatalogOptions _options;
    private readonly ILogger<PlaylistCatalog> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly DefinitionFolderWatcher _watcher;
    private Dictionary<string, string> _lastTexts = [];
    private PlaylistCatalogSnapshot _current = PlaylistCatalogSnapshot.Empty;

    public PlaylistCatalog(PlaylistCatalogOptions options, TimeProvider timeProvider, ILogger<PlaylistCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _watcher = new DefinitionFolderWatcher(options.Directory, options.Debounce, timeProvider, BoardFileLoader.IsBoardFile,
            async token => await ReloadAsync(token).ConfigureAwait(false),
            e => WallLog.WatcherFailed(_logger, e),
            e => WallLog.ReloadFailed(_logger, _options.Directory, e));
    }

    /// <summary>Raised after a reload that changed any file, on the reloading thread; handlers must not block.</summary>
    public event EventHandler<PlaylistCatalogSnapshot>? Changed;

    public PlaylistCatalogSnapshot Current => Volatile.Read(ref _current);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (!_watcher.Start())
        {
            WallLog.DirectoryMissing(_logger, _options.Directory);
        }
    }

    /// <summary>Reads every playlist file now and publishes a new snapshot if any text changed.</summary>
    public async Task<PlaylistCatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
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
            var results = PlaylistFileLoader.Validate(texts);
            foreach (var error in results.Where(r => !_lastTexts.TryGetValue(r.File, out var old) || old != newTexts[r.File]).SelectMany(r => r.Errors))
            {
                WallLog.FileError(_logger, error.File, error.Line, error.Column, error.Field, error.Reason, error.Hint);
            }
            var next = new PlaylistCatalogSnapshot(results, previous.Version + 1);
            WallLog.Loaded(_logger, _options.Directory, next.Playlists.Count, next.Screens.Count(), results.Count(r => !r.IsValid), next.Version);
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

    private void Raise(PlaylistCatalogSnapshot next)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<PlaylistCatalogSnapshot>>() ?? [])
        {
            try
            {
                handler(this, next);
            }
            catch (Exception e)
            {
                WallLog.SubscriberThrew(_logger, e);
            }
        }
    }
}
