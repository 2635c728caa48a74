namespace OpsConsole.Prometheus.Tests.Support;

/// <summary>A token that ends a stuck test with a failure instead of a hang.</summary>
internal static class Deadline
{
    public static CancellationToken In(TimeSpan timeout) => new CancellationTokenSource(timeout).Token;

    public static CancellationToken Test => In(TimeSpan.FromSeconds(30));
}
