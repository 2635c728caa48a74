namespace OpsConsole.Core.Files;

/// <summary>
/// Watches a folder of definition files (boards, playlists) and calls <c>reload</c> once after each burst of
/// changes (debounced), in the background. A watcher error (usually an overflowed event buffer) means changes
/// were missed, so it reloads too. Reload failures go to <c>reloadFailed</c>; nothing here throws into the watcher.
/// </summary>
public sealed class DefinitionFolderWatcher : IDisposable
{
    private readonly string _directory;
    private readonly TimeSpan _debounce;
    private readonly Func<string, bool> _isRelevant;
    private readonly Func<CancellationToken, Task> _reload;
    private readonly Action<Exception> _watcherFailed;
    private readonly Action<Exception> _reloadFailed;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _lock = new();
    private readonly ITimer _timer;
    private FileSystemWatcher? _watcher;

    public DefinitionFolderWatcher(
        string directory,
        TimeSpan debounce,
        TimeProvider timeProvider,
        Func<string, bool> isRelevant,
        Func<CancellationToken, Task> reload,
        Action<Exception> watcherFailed,
        Action<Exception> reloadFailed)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _directory = directory;
        _debounce = debounce;
        _isRelevant = isRelevant;
        _reload = reload;
        _watcherFailed = watcherFailed;
        _reloadFailed = reloadFailed;
        _timer = timeProvider.CreateTimer(_ => ReloadInBackground(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts watching; false when the folder does not exist (nothing to watch).</summary>
    public bool Start()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            if (_watcher is not null)
            {
                return true;
            }
            if (!Directory.Exists(_directory))
            {
                return false;
            }
            var watcher = new FileSystemWatcher(_directory)
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
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            _disposed.Cancel();
            _watcher?.Dispose();
            _watcher = null;
            _timer.Dispose();
        }
        _disposed.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (_isRelevant(e.FullPath) || (e is RenamedEventArgs renamed && _isRelevant(renamed.OldFullPath)))
        {
            ScheduleReload();
        }
    }

    private void OnWatcherError(object sender, ErrorEventArgs e)
    {
        _watcherFailed(e.GetException());
        ScheduleReload();
    }

    private void ScheduleReload()
    {
        lock (_lock)
        {
            // Each event restarts the wait, so a burst of writes gives one reload after it ends.
            if (!_disposed.IsCancellationRequested)
            {
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }
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
                await _reload(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && token.IsCancellationRequested)
            {
                // Disposed while reloading: nobody is listening any more.
            }
            catch (Exception e)
            {
                _reloadFailed(e);
            }
        }, CancellationToken.None);
    }
}
