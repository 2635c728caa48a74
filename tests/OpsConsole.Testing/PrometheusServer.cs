namespace OpsConsole.Testing;

/// <summary>The real Prometheus from Debian's package, on a free 127.0.0.1 port, with its own storage.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private const string Binary = "/usr/bin/prometheus";
    private readonly TemporaryDirectory _storage = new("prometheus");
    private readonly string _configPath;
    private ManagedProcess? _process;

    private PrometheusServer(string configPath, int port)
    {
        _configPath = configPath;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output => _process?.Output ?? string.Empty;

    /// <summary>Starts Prometheus with the given configuration file and waits until it is ready.</summary>
    public static async Task<PrometheusServer> StartAsync(string configPath, CancellationToken cancellationToken)
    {
        var server = new PrometheusServer(configPath, FreePort.Next());
        await server.StartProcessAsync(cancellationToken);
        return server;
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
    }
}
