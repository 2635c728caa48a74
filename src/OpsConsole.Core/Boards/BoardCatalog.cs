using Microsoft.Extensions.Logging;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Boards;

/// <summary>
/// The current boards, reloaded when their files change. One per process (a singleton): readers
/// take <see cref="Current"/>, an immutable snapshot, from any thread; reloads run one at a time.
/// A broken file keeps an error entry (its board shows the errors) while the other boards work,
/// and a later fix replaces the errors with the board.
/// </summary>
public sealed class BoardCatalog : IDisposable
{
    private readonly BoardCatalogOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BoardCatalog> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly Lock _watchLock = new();

    // Guarded by _reloadGate: the text of each file at the last reload, to log only what changed.
    private IReadOnlyDictionary<string, string> _lastTexts = new Dictionary<string, string>();
    private BoardCatalogSnapshot _current = BoardCatalogSnapshot.Empty;
    private DefinitionFolderWatcher? _watcher;
    private bool _disposed;

    public BoardCatalog(BoardCatalogOptions options, TimeProvider timeProvider, ILogger<BoardCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Raised after a reload that changed any file, on the thread that reloaded. Handlers must not
    /// block; a Blazor component hands the new snapshot to <c>InvokeAsync</c>.
    /// </summary>
    public event EventHandler<BoardCatalogChangedEventArgs>? Changed;

    /// <summary>The boards now; <see cref="BoardCatalogSnapshot.Empty"/> until the first load.</summary>
    public BoardCatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Loads the boards, then watches the folder and reloads after each change (debounced).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        StartWatching();
    }

    /// <summary>
    /// Reads every board file now and publishes a new snapshot if anything changed (raising
    /// <see cref="Changed"/>). Returns the snapshot in effect afterwards.
    /// </summary>
    public async Task<BoardCatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Directory.Exists(_options.Directory))
            {
                BoardsLog.DirectoryMissing(_logger, _options.Directory);
            }
            var texts = await BoardFileLoader.ReadDirectoryAsync(_options.Directory, cancellationToken).ConfigureAwait(false);
            var newTexts = texts.ToDictionary(t => t.File, t => t.ReadError ?? t.Text, StringComparer.Ordinal);
            var previous = Current;
            if (previous.Version > 0 && SameTexts(_lastTexts, newTexts))
            {
                return previous;
            }
            var results = BoardFileLoader.Validate(texts);
            var next = new BoardCatalogSnapshot(results, previous.Version + 1, _timeProvider.GetUtcNow());
            LogChanges(previous, results, newTexts);
            _lastTexts = newTexts;
            Volatile.Write(ref _current, next);
            RaiseChanged(previous, next);
            return next;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose()
    {
        lock (_watchLock)
        {
            _watcher?.Dispose();
            _watcher = null;
            _disposed = true;
        }
        _reloadGate.Dispose();
    }

    private void StartWatching()
    {
        lock (_watchLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_watcher is not null)
            {
                return;
            }
            var watcher = new DefinitionFolderWatcher(_options.Directory, _options.Debounce, _timeProvider, BoardFileLoader.IsBoardFile,
                async token => await ReloadAsync(token).ConfigureAwait(false),
                e => BoardsLog.WatcherFailed(_logger, e),
                e => BoardsLog.ReloadFailed(_logger, _options.Directory, e));
            if (!watcher.Start())
            {
                watcher.Dispose();
                BoardsLog.DirectoryMissing(_logger, _options.Directory);
                return;
            }
            _watcher = watcher;
        }
    }

    private void LogChanges(BoardCatalogSnapshot previous, IReadOnlyList<BoardFileResult> results, Dictionary<string, string> newTexts)
    {
        foreach (var result in results)
        {
            // Errors of a file are logged when its text changes (or the id clash appears), not on every reload.
            var unchanged = _lastTexts.TryGetValue(result.File, out var oldText) && oldText == newTexts[result.File];
            var before = previous.Files.FirstOrDefault(f => f.File == result.File);
            if (unchanged && before is not null && before.Errors.Count == result.Errors.Count)
            {
                continue;
            }
            foreach (var error in result.Errors)
            {
                BoardsLog.FileError(_logger, error.File, error.Line, error.Column, error.Field, error.Reason, error.Hint);
            }
            if (result.IsValid && before is { IsValid: false })
            {
                BoardsLog.FileFixed(_logger, result.File);
            }
        }
        BoardsLog.Loaded(_logger, _options.Directory, results.Count(r => r.IsValid), results.Count(r => !r.IsValid), previous.Version + 1);
    }

    private void RaiseChanged(BoardCatalogSnapshot previous, BoardCatalogSnapshot next)
    {
        if (Changed is not { } handlers)
        {
            return;
        }
        var args = new BoardCatalogChangedEventArgs(previous, next);
        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<BoardCatalogChangedEventArgs>>())
        {
            try
            {
                handler(this, args);
            }
            catch (Exception e)
            {
                BoardsLog.SubscriberThrew(_logger, e);
            }
        }
    }

    private static bool SameTexts(IReadOnlyDictionary<string, string> before, Dictionary<string, string> after) =>
        before.Count == after.Count &&
        after.All(pair => before.TryGetValue(pair.Key, out var text) && text == pair.Value);
}
