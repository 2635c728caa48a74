namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Runs a refresh now and then on every tick of a <see cref="PeriodicTimer"/> until disposed.
/// A refresh that throws is logged and the loop goes on: a live view must never stop by itself.
/// </summary>
public sealed partial class RefreshLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    // One refresh at a time, so an early one (RefreshNowAsync) never races the timer's.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Func<CancellationToken, Task> _refresh;
    private readonly Task _running;
    private readonly ILogger _logger;

    private RefreshLoop(TimeProvider timeProvider, TimeSpan interval, Func<CancellationToken, Task> refresh, ILogger logger)
    {
        _logger = logger;
        _refresh = refresh;
        _running = RunAsync(timeProvider, interval, _stop.Token);
    }

    public static RefreshLoop Start(TimeProvider timeProvider, TimeSpan interval, Func<CancellationToken, Task> refresh, ILogger logger) =>
        new(timeProvider, interval, refresh, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: this is how the loop ends.
        }
        _stop.Dispose();
        _oneAtATime.Dispose();
    }

    /// <summary>Refreshes now, without waiting for the next tick (e.g. when the backend is back).</summary>
    public async Task RefreshNowAsync()
    {
        try
        {
            await RefreshOnceAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The loop ended while we were asked; nothing to refresh.
        }
        catch (OperationCanceledException)
        {
            // Same: stopped.
        }
    }

    private async Task RunAsync(TimeProvider timeProvider, TimeSpan interval, CancellationToken stop)
    {
        // Yield first so Start returns before the first refresh runs on the caller's thread.
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            await RefreshOnceAsync(stop).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false));
    }

    private async Task RefreshOnceAsync(CancellationToken stop)
    {
        await _oneAtATime.WaitAsync(stop).ConfigureAwait(false);
        try
        {
            await _refresh(stop).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            LogRefreshFailed(exception);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live refresh failed; retrying on the next tick")]
    private partial void LogRefreshFailed(Exception exception);
}
