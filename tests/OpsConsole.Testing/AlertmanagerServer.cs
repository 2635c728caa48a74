using System.Net.Http.Headers;
using System.Text;

namespace OpsConsole.Testing;

/// <summary>
/// The real Alertmanager from Debian's package, alone (no cluster), on a free 127.0.0.1 port with its own storage.
/// Alerts are posted to it directly (as Prometheus would); <see cref="AmtoolAsync"/> runs amtool against it.
/// </summary>
public sealed class AlertmanagerServer : IAsyncDisposable, IWatchedProcess
{
    private const string Binary = "/usr/bin/prometheus-alertmanager";
    private const string Amtool = "/usr/bin/amtool";

    /// <summary>One receiver that notifies nobody: enough to hold alerts and silences.</summary>
    public const string QuietConfig = """
        route:
          receiver: quiet
          group_by: [alertname]
          group_wait: 1s
          group_interval: 5s
        receivers:
          - name: quiet
        """;

    private readonly TemporaryDirectory _directory = new("alertmanager");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ManagedProcess? _process;

    private AlertmanagerServer(int port)
    {
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output => _process?.Output ?? string.Empty;

    /// <summary>Starts Alertmanager with <paramref name="configYaml"/> (<see cref="QuietConfig"/> when null) and waits until it is ready.</summary>
    public static Task<AlertmanagerServer> StartAsync(string? configYaml, CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(async port =>
        {
            var server = new AlertmanagerServer(port);
            try
            {
                await File.WriteAllTextAsync(server._directory.Combine("alertmanager.yml"), configYaml ?? QuietConfig, cancellationToken);
                await server.StartProcessAsync(cancellationToken);
                return server;
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        });

    string IWatchedProcess.Name => "Alertmanager";

    public bool HasExited => _process?.HasExited ?? true;

    public string ExitReport() => _process?.ExitReport() ?? "Not running.";

    /// <summary>Posts alerts as Prometheus does: a JSON array of {labels, annotations, startsAt, endsAt, generatorURL}.</summary>
    public async Task PostAlertsAsync(string alertsJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(alertsJson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(new Uri(Url, "api/v2/alerts"), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Alertmanager refused the alerts: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>Runs amtool against this Alertmanager (e.g. "silence", "query", "-o", "json") and returns what it printed.</summary>
    public async Task<string> AmtoolAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        await using var amtool = ManagedProcess.Start("amtool", Amtool, [.. arguments, $"--alertmanager.url={Url}"]);
        await amtool.WaitForSuccessAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return amtool.Output;
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        _process = ManagedProcess.Start("alertmanager", Binary,
        [
            $"--config.file={_directory.Combine("alertmanager.yml")}",
            $"--web.listen-address=127.0.0.1:{Port}",
            $"--storage.path={_directory.Combine("data")}",
            // Empty: alone, not binding 0.0.0.0:9094 and waiting for gossip peers.
            "--cluster.listen-address=",
            "--log.level=warn",
        ]);
        var process = _process;
        await Eventually.Until(ct => HttpProbe.IsOkAsync(new Uri(Url, "-/ready"), ct),
            TimeSpan.FromSeconds(60), "Alertmanager to become ready", cancellationToken, process);

    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
        _http.Dispose();
        _directory.Dispose();
    }
}
