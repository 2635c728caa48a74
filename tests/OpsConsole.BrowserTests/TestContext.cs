namespace OpsConsole.BrowserTests;

internal static class TestContext
{
    /// <summary>An upper bound for any one browser test, so a hang fails instead of blocking CI.</summary>
    public static CancellationToken Cancellation => new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token;
}
