using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// Debian's Alertmanager running the repository's deploy/alertmanager/alertmanager.yml, rendered as
/// deploy/local/up.sh does: the webhook URLs point at the console under test, credentials_file at a token file
/// written here. <see cref="RetargetAsync"/> points it at a restarted console (rewrite + /-/reload).
/// </summary>
public sealed partial class WebhookAlertmanager : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory = new("alertmanager-webhook");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ManagedProcess? _process;

    private WebhookAlertmanager(int port, string token)
    {
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
        Token = token;
    }

    public int Port { get; }

    public Uri Url { get; }

    /// <summary>The bearer token its webhooks carry; configure the console with the same (Alertmanager:WebhookToken).</summary>
    public string Token { get; }

    public string Output => _process?.Output ?? string.Empty;

    private string ConfigPath => _directory.Combine("alertmanager.yml");

    /// <summary>Reserves a port and makes a token; <see cref="StartAsync"/> once the console's URL is known.</summary>
    public static WebhookAlertmanager Prepare() =>
        new(FreePort.Next(), Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    public async Task StartAsync(Uri consoleUrl, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(_directory.Combine("console-webhook.token"), Token, cancellationToken);
        await WriteConfigAsync(consoleUrl, cancellationToken);
        _process = ManagedProcess.Start("alertmanager", "/usr/bin/prometheus-alertmanager",
        [
            $"--config.file={ConfigPath}",
            $"--web.listen-address=127.0.0.1:{Port}",
            $"--storage.path={_directory.Combine("data")}",
            "--cluster.listen-address=",
            "--log.level=warn",
        ]);
        var process = _process;
        await Eventually.Until(async ct =>
        {
            process.ThrowIfExited();
            using var response = await _http.GetAsync(new Uri(Url, "-/ready"), ct);
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(60), "Alertmanager to become ready", cancellationToken);
    }

    /// <summary>Sends the webhooks to another console from now on (its pending notifications included).</summary>
    public async Task RetargetAsync(Uri consoleUrl, CancellationToken cancellationToken)
    {
        await WriteConfigAsync(consoleUrl, cancellationToken);
        using var response = await _http.PostAsync(new Uri(Url, "-/reload"), null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Posts alerts as Prometheus does (a JSON array).</summary>
    public async Task PostAlertsAsync(string alertsJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(alertsJson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(new Uri(Url, "api/v2/alerts"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string> AmtoolAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        await using var amtool = ManagedProcess.Start("amtool", "/usr/bin/amtool", [.. arguments, $"--alertmanager.url={Url}"]);
        await amtool.WaitForSuccessAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return amtool.Output;
    }

    private async Task WriteConfigAsync(Uri consoleUrl, CancellationToken cancellationToken)
    {
        var source = await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "alertmanager", "alertmanager.yml"), cancellationToken);
        var rendered = ConsoleAddress().Replace(source, $"http://127.0.0.1:{consoleUrl.Port}/")
            .Replace("credentials_file: console-webhook.token", $"credentials_file: {_directory.Combine("console-webhook.token")}", StringComparison.Ordinal);
        await File.WriteAllTextAsync(ConfigPath + ".new", rendered, cancellationToken);
        File.Move(ConfigPath + ".new", ConfigPath, overwrite: true);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:5080/")]
    private static partial Regex ConsoleAddress();

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        _http.Dispose();
        _directory.Dispose();
    }
}
