namespace OpsConsole.Simulator.Tests.Support;

/// <summary>
/// Awaits a condition that real time or another thread makes true, for the cases where no event or task signals it;
/// fails with what was awaited once the deadline passes.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task Until(Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, string whatWeWaitFor)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (!await condition(deadline.Token))
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {whatWeWaitFor}.");
        }
    }

    public static Task Until(Func<bool> condition, TimeSpan timeout, string whatWeWaitFor) =>
        Until(_ => Task.FromResult(condition()), timeout, whatWeWaitFor);
}
