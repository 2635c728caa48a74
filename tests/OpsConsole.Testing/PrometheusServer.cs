namespace OpsConsole.Testing;

/// <summary>The real Prometheus from Debian's package, on a free 127.0.0.1 port, with its own storage.</summary>
public sealed class PrometheusServer : IAsyncDisposable
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
        StartAsync(new PrometheusServer(configPath, FreePort.Next()), cancellationToken);

    /// <summary>Starts Prometheus with a configuration written here, owned and deleted with the server.</summary>
    /// <param name="configuration">The prometheus.yml text for the port it will listen on (e.g. to scrape itself).</param>
    /// <param name="files">Extra files (e.g. rule files) written next to the configuration, by relative name.</param>
    public static async Task<PrometheusServer> StartAsync(
        Func<int, string> configuration,
        IReadOnlyDictionary<string, string> files,
        CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var directory = new TemporaryDirectory("prometheus-config");
        var configPath = directory.Combine("prometheus.yml");
        await File.WriteAllTextAsync(configPath, configuration(port), cancellationToken);
        foreach (var (name, content) in files)
        {
            await File.WriteAllTextAsync(directory.Combine(name), content, cancellationToken);
        }
        return await StartAsync(new PrometheusServer(configPath, port, directory), cancellationToken);
    }

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
        await Eventually.Until(async ct =>
        {
            process.ThrowIfExited();
            return await HttpProbe.IsOkAsync(new Uri(Url, "-/ready"), ct);
        }, TimeSpan.FromSeconds(60), "Prometheus to become ready", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _storage.Dispose();
        _configDirectory?.Dispose();
    }
}
