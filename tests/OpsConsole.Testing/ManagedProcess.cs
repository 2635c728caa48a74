using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpsConsole.Testing;

/// <summary>
/// A child process owned by a test: output captured for failure messages, killed (whole tree) on dispose, and
/// killed by the kernel if the test host dies first (<see cref="ProcessLauncher"/>).
/// </summary>
public sealed class ManagedProcess : IAsyncDisposable, IWatchedProcess
{
    private const int KeptOutputLines = 5000;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ManagedProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>Every line the process wrote so far (the last few hundred).</summary>
    public string Output => string.Join('\n', _output);

    public static ManagedProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? runAsUser = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process, name);
        process.OutputDataReceived += (_, e) => managed.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => managed.Keep(e.Data);
        if (!ProcessLauncher.Start(process, runAsUser))
        {
            throw new InvalidOperationException($"Could not start {name} ({fileName}).");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return managed;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>Throws with the process output when it has died, so a failing test says why.</summary>
    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            var output = Output;
            throw new ProcessExitedException($"{Name} exited with code {_process.ExitCode}. Output:\n{output}",
                output.Contains("address already in use", StringComparison.OrdinalIgnoreCase));
        }
    }

    public string ExitReport() => _process.HasExited
        ? $"Exit code {_process.ExitCode}. Last output:\n{string.Join('\n', _output.TakeLast(40))}"
        : "Still running.";

    /// <summary>Waits for a short-lived process (a script) and throws with its output when it failed.</summary>
    public async Task WaitForSuccessAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Name} failed with exit code {_process.ExitCode}. Output:\n{Output}");
        }
    }

    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
    }
}
