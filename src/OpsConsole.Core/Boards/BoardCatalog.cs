using Microsoft.Extensions.Logging;

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
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _watchLock = new();

    // Guarded by _reloadGate: the text of each file at the last reload, to log only what changed.
    private IReadOnlyDictionary<string, string> _lastTexts = new Dictionary<string, string>();
    private BoardCatalogSnapshot _current = BoardCatalogSnapshot.Empty;
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

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
            _debounce?.Dispose();
            _debounce = null;
        }
        if (!_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
        }
        _disposed.Dispose();
        _reloadGate.Dispose();
    }

    private void StartWatching()
    {
        lock (_watchLock)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            if (_watcher is not null)
            {
                return;
            }
            if (!Directory.Exists(_options.Directory))
            {
                BoardsLog.DirectoryMissing(_logger, _options.Directory);
                return;
            }
            _debounce = _timeProvider.CreateTimer(_ => ReloadInBackground(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var watcher = new FileSystemWatcher(_options.Directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnFileEvent;
            watcher.Created += OnFileEvent;
            watcher.Deleted += OnFileEvent;
            watcher.Renamed += OnFileEvent;
            watcher.Error += OnWatcherError;
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        var relevant = BoardFileLoader.IsBoardFile(e.FullPath) ||
                       (e is RenamedEventArgs renamed && BoardFileLoader.IsBoardFile(renamed.OldFullPath));
        if (relevant)
        {
            ScheduleReload();
        }
    }

    private void OnWatcherError(object sender, ErrorEventArgs e)
    {
        // Usually an overflowed event buffer: some changes were missed, so read everything again.
        BoardsLog.WatcherFailed(_logger, e.GetException());
        ScheduleReload();
    }

    private void ScheduleReload()
    {
        lock (_watchLock)
        {
            // Each event restarts the wait, so a burst of writes gives one reload after it ends.
            _debounce?.Change(_options.Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void ReloadInBackground()
    {
        CancellationToken token;
        try
        {
            token = _disposed.Token;
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await ReloadAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Disposed while reloading: nobody is listening any more.
            }
            catch (ObjectDisposedException) when (token.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                BoardsLog.ReloadFailed(_logger, _options.Directory, e);
            }
        }, CancellationToken.None);
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
