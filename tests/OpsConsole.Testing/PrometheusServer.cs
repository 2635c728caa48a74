namespace OpsConsole.Testing;

/// <summary>The real Prometheus from Debian's package, on a free 127.0.0.1 port, with its own storage.</summary>
public sealed class PrometheusServer : IAsyncDisposable, IWatchedProcess
{
    private const string Binary = "/usr/bin/prometheus";
    private readonly TemporaryDirectory _storage = new("prometheus");
    private readonly string _configPath;
    private readonly TemporaryDirectory? _configDirectory;
    private ManagedProcess? _process;

    private PrometheusServer(string configPath, int port, TemporaryDirectory? configDirectory = null)
    {
        _configPath = configPath;
        _configDirectory = configDirectory;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output => _process?.Output ?? string.Empty;

    /// <summary>Starts Prometheus with the given configuration file and waits until it is ready.</summary>
    public static Task<PrometheusServer> StartAsync(string configPath, CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(port => StartAsync(new PrometheusServer(configPath, port), cancellationToken));

    /// <summary>Starts Prometheus with a configuration written here, owned and deleted with the server.</summary>
    /// <param name="configuration">The prometheus.yml text for the port it will listen on (e.g. to scrape itself).</param>
    /// <param name="files">Extra files (e.g. rule files) written next to the configuration, by relative name.</param>
    public static Task<PrometheusServer> StartAsync(
        Func<int, string> configuration,
        IReadOnlyDictionary<string, string> files,
        CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(async port =>
        {
            var directory = new TemporaryDirectory("prometheus-config");
            try
            {
                var configPath = directory.Combine("prometheus.yml");
                await File.WriteAllTextAsync(configPath, configuration(port), cancellationToken);
                foreach (var (name, content) in files)
                {
                    await File.WriteAllTextAsync(directory.Combine(name), content, cancellationToken);
                }
            }
            catch
            {
                directory.Dispose();
                throw;
            }
            return await StartAsync(new PrometheusServer(configPath: directory.Combine("prometheus.yml"), port, directory), cancellationToken);
        });

    string IWatchedProcess.Name => "Prometheus";

    public bool HasExited => _process?.HasExited ?? true;

    public string ExitReport() => _process?.ExitReport() ?? "Not running (stopped by the test).";

    private static async Task<PrometheusServer> StartAsync(PrometheusServer server, CancellationToken cancellationToken)
    {
        try
        {
            await server.StartProcessAsync(cancellationToken);
            return server;
        }
        catch
        {
            // A server that never became ready must not outlive the test that wanted it.
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the process, keeping its data, so a test can see the console lose and regain it.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>Starts it again on the same port with the same data.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) => StartProcessAsync(cancellationToken);

    /// <summary>Asks Prometheus to re-read its configuration (rules, scrape jobs).</summary>
    public Task ReloadAsync(CancellationToken cancellationToken) =>
        HttpProbe.PostAsync(new Uri(Url, "-/reload"), cancellationToken);

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        _process = ManagedProcess.Start("prometheus", Binary,
        [
            $"--config.file={_configPath}",
            $"--web.listen-address=127.0.0.1:{Port}",
            $"--storage.tsdb.path={_storage.Path}",
            "--web.enable-lifecycle",
            "--log.level=warn",
        ]);
        var process = _process;
        await Eventually.Until(ct => HttpProbe.IsOkAsync(new Uri(Url, "-/ready"), ct),
            TimeSpan.FromSeconds(60), "Prometheus to become ready", cancellationToken, process);

    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _storage.Dispose();
        _configDirectory?.Dispose();
    }
}
