using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsConsole.Prometheus.Tests.Smoke;

/// <summary>
/// A real Prometheus (Debian's /usr/bin/prometheus) on a free 127.0.0.1 port with throw-away storage, started from a
/// configuration the caller writes, ready when <see cref="StartAsync"/> returns, killed and cleaned up on dispose.
/// </summary>
public sealed class PrometheusProcess : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private const int Attempts = 3;
    private const int KeptOutputLines = 200;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PrometheusProcess(Process process, string directory, int port)
    {
        _process = process;
        Directory = directory;
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Url { get; }

    /// <summary>The temporary directory holding the configuration, the extra files and the TSDB.</summary>
    public string Directory { get; }

    /// <summary>What Prometheus logged (the last lines), for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts Prometheus and waits for /-/ready.</summary>
    /// <param name="configuration">The prometheus.yml text for the port it will listen on (to scrape itself).</param>
    /// <param name="files">Extra files (e.g. rule files) written next to the configuration, by relative name.</param>
    public static async Task<PrometheusProcess> StartAsync(
        Func<int, string> configuration,
        IReadOnlyDictionary<string, string>? files,
        TimeSpan readyWithin,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install Debian's prometheus package (apt-get install prometheus).");
        }

        // The free port can be taken between probing and binding; a fresh port on the next attempt fixes that.
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(configuration, files ?? new Dictionary<string, string>());
            try
            {
                await server.WaitUntilReadyAsync(readyWithin, cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (Exception) when (attempt < Attempts && server._process.HasExited && server.Output.Contains("address already in use", StringComparison.Ordinal))
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private static PrometheusProcess Launch(Func<int, string> configuration, IReadOnlyDictionary<string, string> files)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("opsconsole-prometheus-").FullName;
        var port = FreePort();
        var configPath = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(configPath, configuration(port));
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        var info = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in new[]
        {
            $"--web.listen-address=127.0.0.1:{port}",
            $"--storage.tsdb.path={Path.Combine(directory, "data")}",
            $"--config.file={configPath}",
            "--web.enable-lifecycle",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var server = new PrometheusProcess(process, directory, port);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilReadyAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = new Uri(Url, "-/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prometheus exited with code {_process.ExitCode} before it was ready:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(ready, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // That probe timed out; the deadline decides.
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
        throw new TimeoutException($"Prometheus at {Url} was not ready within {within.TotalSeconds} s:\n{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            _process.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp directory left behind is harmless.
            }
        }
    }
}
