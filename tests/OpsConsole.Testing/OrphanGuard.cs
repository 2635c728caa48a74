using System.Diagnostics;
using System.Globalization;

namespace OpsConsole.Testing;

/// <summary>
/// Ends the test process when the process that started it has gone. On Ctrl-C of <c>dotnet test</c> the runner and
/// its test host exit at once, but xunit's own test process (started by the test host) is left waiting for tests to
/// wind down and would live on as an orphan holding its folders; its servers, tied to it by pdeathsig, would live on
/// with it. Started with the launcher, so it runs in exactly the processes that start servers.
/// </summary>
internal static class OrphanGuard
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(500);

    public static void Start()
    {
        if (ParentId() is not { } parent || parent <= 1)
        {
            return;
        }

        _ = WatchAsync(parent);
    }

    // A periodic check, not a wait for timing: Linux offers no notification of a non-parent's exit short of pidfd.
    private static async Task WatchAsync(int parent)
    {
        using var every = new PeriodicTimer(CheckEvery);
        while (await every.WaitForNextTickAsync().ConfigureAwait(false))
        {
            if (ParentId() is { } now && now != parent)
            {
                Console.Error.WriteLine($"The test runner (process {parent}) has gone; ending this test process and its servers.");
                Process.GetCurrentProcess().Kill();
            }
        }
    }

    // /proc/self/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so read after the last ')'.
    private static int? ParentId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
