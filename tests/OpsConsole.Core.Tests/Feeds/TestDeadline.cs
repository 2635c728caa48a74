namespace OpsConsole.Core.Tests.Feeds;

/// <summary>How long a test waits for something that should happen promptly before failing.</summary>
internal static class TestDeadline
{
    public static readonly TimeSpan Value = TimeSpan.FromSeconds(10);
}
