using Microsoft.Extensions.Logging;
using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Files;

/// <summary>
/// The current definitions of one folder of YAML files (playlists, SLOs, capacity triggers), reloaded when a file
/// changes (one per process). A broken file keeps its errors, each logged once when its text changes, while the other
/// files' definitions stay; a reload that changed no text publishes nothing. Subclasses say how a folder's texts become
/// results and a snapshot.
/// </summary>
public abstract class DefinitionCatalog<TResult, TSnapshot> : IDefinitionCatalog, IDisposable
    where TResult : IDefinitionFileResult
    where TSnapshot : class
{
    private readonly string _directory;
    private readonly string _kind;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly DefinitionFolderWatcher _watcher;
    private Dictionary<string, string> _lastTexts = [];
    private TSnapshot _current;
    private long _version;

    /// <param name="kind">What the files hold, for the log ("SLO", "playlist", "capacity").</param>
    protected DefinitionCatalog(string directory, TimeSpan debounce, string kind, TSnapshot empty, TimeProvider timeProvider, ILogger logger)
    {
        _directory = directory;
        _kind = kind;
        _current = empty;
        Logger = logger;
        _watcher = new DefinitionFolderWatcher(directory, debounce, timeProvider, BoardFileLoader.IsBoardFile,
            async token => await ReloadAsync(token).ConfigureAwait(false),
            e => DefinitionCatalogLog.WatcherFailed(Logger, _kind, e),
            e => DefinitionCatalogLog.ReloadFailed(Logger, _kind, _directory, e));
    }

    /// <summary>Raised after a reload that changed any file, on the reloading thread; handlers must not block.</summary>
    public event EventHandler<TSnapshot>? Changed;

    public TSnapshot Current => Volatile.Read(ref _current);

    protected ILogger Logger { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (!_watcher.Start())
        {
            DefinitionCatalogLog.DirectoryMissing(Logger, _kind, _directory);
        }
    }

    /// <summary>Reads every file now and publishes a new snapshot if any text changed.</summary>
    public async Task<TSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var texts = await BoardFileLoader.ReadDirectoryAsync(_directory, cancellationToken).ConfigureAwait(false);
            var newTexts = texts.ToDictionary(t => t.File, t => t.ReadError ?? t.Text, StringComparer.Ordinal);
            if (_version > 0 && newTexts.Count == _lastTexts.Count &&
                newTexts.All(pair => _lastTexts.TryGetValue(pair.Key, out var text) && text == pair.Value))
            {
                return Current;
            }
            var results = Validate(texts);
            foreach (var error in results.Where(r => !_lastTexts.TryGetValue(r.File, out var old) || old != newTexts[r.File]).SelectMany(r => r.Errors))
            {
                DefinitionCatalogLog.FileError(Logger, _kind, error.File, error.Line, error.Column, error.Field, error.Reason, error.Hint);
            }
            var next = CreateSnapshot(results, ++_version);
            LogLoaded(_directory, next, results.Count(r => !r.IsValid));
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
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Every file of the folder checked, alone and against the others (unique ids).</summary>
    private protected abstract IReadOnlyList<TResult> Validate(IReadOnlyList<BoardFileText> texts);

    protected abstract TSnapshot CreateSnapshot(IReadOnlyList<TResult> results, long version);

    /// <summary>The one line a reload logs, with what this kind of file counts.</summary>
    protected abstract void LogLoaded(string directory, TSnapshot snapshot, int brokenFiles);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _watcher.Dispose();
            _reloadGate.Dispose();
        }
    }

    private void Raise(TSnapshot next)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<TSnapshot>>() ?? [])
        {
            try
            {
                handler(this, next);
            }
            catch (Exception e)
            {
                DefinitionCatalogLog.SubscriberThrew(Logger, _kind, e);
            }
        }
    }
}
