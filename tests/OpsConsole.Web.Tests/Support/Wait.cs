namespace OpsConsole.Web.Tests.Support;

/// <summary>Awaits a condition with a deadline, for effects no render announces (e.g. a JS call made after rendering).</summary>
public static class Wait
{
    /// <summary>Generous: the machine is shared, and a passing test never waits this long.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task UntilAsync(Func<bool> condition, string whatWeWaitFor)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = new CancellationTokenSource(Deadline);
        while (!condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {Deadline.TotalSeconds:0} s waiting for {whatWeWaitFor}.");
            }
        }
    }
}
