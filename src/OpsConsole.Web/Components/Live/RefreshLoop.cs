namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Runs a refresh now and then on every tick of a <see cref="PeriodicTimer"/> until disposed.
/// A refresh that throws is logged and the loop goes on: a live view must never stop by itself.
/// </summary>
public sealed partial class RefreshLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ILogger _logger;

    private RefreshLoop(TimeProvider timeProvider, TimeSpan interval, Func<CancellationToken, Task> refresh, ILogger logger)
    {
        _logger = logger;
        _running = RunAsync(timeProvider, interval, refresh, _stop.Token);
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
    }

    private async Task RunAsync(TimeProvider timeProvider, TimeSpan interval, Func<CancellationToken, Task> refresh, CancellationToken stop)
    {
        // Yield first so Start returns before the first refresh runs on the caller's thread.
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await refresh(stop).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                LogRefreshFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live refresh failed; retrying on the next tick")]
    private partial void LogRefreshFailed(Exception exception);
}
