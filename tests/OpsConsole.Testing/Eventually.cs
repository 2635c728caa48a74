namespace OpsConsole.Testing;

/// <summary>Awaits a condition with a deadline instead of sleeping for timing.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> Until<T>(
        Func<CancellationToken, Task<T?>> probe,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        Exception? lastError = null;
        while (true)
        {
            try
            {
                var value = await probe(deadline.Token);
                if (value is not null && value is not false)
                {
                    return value;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = ex;
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Timed out after {timeout.TotalSeconds:0.#} s waiting for {whatWeWaitFor}." +
                    (lastError is null ? string.Empty : $" Last error: {lastError.Message}"),
                    lastError);
            }
        }
    }

    public static Task Until(
        Func<CancellationToken, Task<bool>> condition,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default) =>
        Until<object>(async ct => await condition(ct) ? true : null, timeout, whatWeWaitFor, cancellationToken);
}
