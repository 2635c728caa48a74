using OpsConsole.Core.Tests.Feeds;

namespace OpsConsole.Core.Tests;

/// <summary>
/// Awaits a condition that another thread makes true, for the cases where no event or task signals it;
/// fails with what was awaited once the deadline passes.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public static async Task Until(Func<bool> condition, string whatWeWaitFor, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TestDeadline.Value;
        using var deadline = new CancellationTokenSource(limit);
        while (!condition())
        {
            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.#} s waiting for {whatWeWaitFor}.");
            }
        }
    }
}
