using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpsConsole.Testing;

/// <summary>
/// Starts every child process from one long-lived thread. Children are started under <c>setpriv --pdeathsig KILL</c>,
/// and Linux delivers that signal when the *thread* that forked the child ends: a thread-pool thread retires when
/// idle and would take its servers with it, this thread lives as long as the test host, so children die exactly
/// when the test host dies (a crash, a killed run, Ctrl-C) and never linger.
/// </summary>
internal static class ProcessLauncher
{
    private const string SetPriv = "/usr/bin/setpriv";
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource<bool> Started)> Requests = [];

    static ProcessLauncher()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "test child process launcher" };
        thread.Start();
        OrphanGuard.Start();
    }

    /// <summary>Whether children are tied to the test host's life (setpriv from util-linux is present).</summary>
    public static bool TiesChildrenToHost { get; } = File.Exists(SetPriv);

    /// <summary>Rewrites the start info so the child is killed with the test host, then starts it on the launcher thread.</summary>
    public static bool Start(Process process, string? runAsUser)
    {
        var info = process.StartInfo;
        if (TiesChildrenToHost)
        {
            var original = new List<string>(info.ArgumentList);
            info.ArgumentList.Clear();
            if (runAsUser is not null)
            {
                foreach (var argument in (string[])["--reuid", runAsUser, "--regid", runAsUser, "--init-groups"])
                {
                    info.ArgumentList.Add(argument);
                }
            }
            info.ArgumentList.Add("--pdeathsig");
            info.ArgumentList.Add("KILL");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(info.FileName);
            foreach (var argument in original)
            {
                info.ArgumentList.Add(argument);
            }
            info.FileName = SetPriv;
        }
        else if (runAsUser is not null)
        {
            throw new InvalidOperationException($"{SetPriv} (util-linux) is needed to run a child as {runAsUser}.");
        }

        var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((process, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static void Run()
    {
        foreach (var (process, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(process.Start());
            }
            catch (Exception ex)
            {
                started.SetException(ex);
            }
        }
    }
}
