using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Wall;

/// <summary>
/// The real stack (simulator, Prometheus), a real Alertmanager and the console with its own playlist folder:
/// screen <c>test</c> (ConsoleServer's kiosk token) rotates big-screen 20 s, overview 10 s, kafka 10 s with the next
/// board pre-warmed 5 s ahead; screen <c>big</c> holds the big-screen board; <c>broken.yaml</c> is a malformed playlist
/// that declares screen <c>broken</c>. Alertmanager is reconciled only every 5 minutes, so what the ticker shows comes
/// from the webhook the test sends.
/// </summary>
public sealed class WallConsole : IAsyncLifetime
{
    public const string WebhookToken = "wall-test-webhook-token-2f6e1d9c8b7a";

    /// <summary>Playlist entries of screen "test", in order, with their dwell.</summary>
    public static readonly IReadOnlyList<(string Board, TimeSpan Dwell)> Rotation =
        [("big-screen", TimeSpan.FromSeconds(20)), ("overview", TimeSpan.FromSeconds(10)), ("kafka", TimeSpan.FromSeconds(10))];

    private readonly TemporaryDirectory _playlists = new("playlists");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FleetStack? _stack;
    private AlertmanagerServer? _alertmanager;
    private ConsoleServer? _console;

    public FleetStack Stack => _stack ?? throw new InvalidOperationException("The stack did not start.");

    public AlertmanagerServer Alertmanager => _alertmanager ?? throw new InvalidOperationException("Alertmanager did not start.");

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        try
        {
            await WritePlaylistsAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            _stack = await FleetStack.StartAsync(fastAlerts: false, timeout.Token);
            _alertmanager = await AlertmanagerServer.StartAsync(null, timeout.Token);
            _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                ["Prometheus:Url"] = Stack.Prometheus.Url.ToString(),
                ["Alertmanager:Url"] = Alertmanager.Url.ToString().TrimEnd('/'),
                ["Alertmanager:WebhookToken"] = WebhookToken,
                ["Alerts:ReconcileInterval"] = "00:05:00",
                ["Playlists:Directory"] = _playlists.Path,
                ["Wall:Prewarm"] = "00:00:05",
                ["Wall:HeartbeatInterval"] = "00:00:02",
                ["OpsConsole:HealthCheckInterval"] = "00:00:01",
                ["PanelFeed:MinRefreshInterval"] = "00:00:02",
                ["PanelFeed:DefaultMinStep"] = "00:00:05",
            }, timeout.Token);
            Chromium = await Chromium.LaunchAsync();
        }
        catch
        {
            // A half-started fixture is never disposed by the runner: stop what did start.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens the kiosk link on a 1080p TV; it signs the screen in and lands on /wall/test. Returns once the page is
    /// interactive and its board drawn (the prerendered markup is replaced when the circuit starts).
    /// </summary>
    public async Task<IPage> OpenKioskAsync(CancellationToken cancellationToken)
    {
        var page = await Chromium.OpenAsync(Console.KioskUrl, new ViewportSize { Width = 1920, Height = 1080 });
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/wall/test");
        await Eventually.Until(async _ => await WallScript.VisibleBoardDrawnAsync(page), TimeSpan.FromSeconds(90),
            "the wall's first board drawn", cancellationToken);
        return page;
    }

    /// <summary>
    /// An alert firing in Alertmanager (as Prometheus would send it), then the webhook Alertmanager would send the console.
    /// Returns a stopwatch started as the webhook was sent.
    /// </summary>
    public async Task<System.Diagnostics.Stopwatch> FireAsync(string alertName, string severity, string summary, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string> { ["alertname"] = alertName, ["severity"] = severity, ["service"] = "webhook-service" };
        var annotations = new Dictionary<string, string> { ["summary"] = summary };
        var startsAt = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Alertmanager.PostAlertsAsync(JsonSerializer.Serialize(new[] { new { labels, annotations, startsAt } }), cancellationToken);
        var fingerprint = await FingerprintAsync(alertName, cancellationToken);
        var sent = System.Diagnostics.Stopwatch.StartNew();
        await SendWebhookAsync(labels, annotations, startsAt, fingerprint, cancellationToken);
        return sent;
    }

    /// <summary>What Alertmanager's webhook receiver posts (payload version 4) for one firing alert.</summary>
    public async Task SendWebhookAsync(
        IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations, DateTimeOffset startsAt, string fingerprint,
        CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new
        {
            version = "4",
            groupKey = "{}:{alertname=\"" + labels["alertname"] + "\"}",
            truncatedAlerts = 0,
            status = "firing",
            receiver = "console",
            groupLabels = new Dictionary<string, string> { ["alertname"] = labels["alertname"] },
            commonLabels = labels,
            commonAnnotations = annotations,
            externalURL = Alertmanager.Url.ToString(),
            alerts = new[]
            {
                new
                {
                    status = "firing", labels, annotations, startsAt, endsAt = "0001-01-01T00:00:00Z", generatorURL = "", fingerprint,
                },
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Console.Url, "api/alertmanager/webhook"))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebhookToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Alertmanager's fingerprint of the alert it holds with this name (the webhook carries the same).</summary>
    private async Task<string> FingerprintAsync(string alertName, CancellationToken cancellationToken)
    {
        var url = new Uri(Alertmanager.Url, $"api/v2/alerts?filter={Uri.EscapeDataString($"alertname=\"{alertName}\"")}");
        using var alerts = JsonDocument.Parse(await _http.GetStringAsync(url, cancellationToken));
        return alerts.RootElement.EnumerateArray().Single().GetProperty("fingerprint").GetString()!;
    }

    /// <summary>Acknowledges as ConsoleServer's API token (Admin) would, through the console's REST API.</summary>
    public async Task AcknowledgeAsync(string fingerprint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Console.Url, $"api/alerts/{fingerprint}/ack"))
        {
            Content = new StringContent("{\"note\":\"on it\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"ack answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
        if (_alertmanager is not null)
        {
            await _alertmanager.DisposeAsync();
        }
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
        _playlists.Dispose();
    }

    private async Task WritePlaylistsAsync()
    {
        var rotation = new StringBuilder("id: rotation\ntitle: { zh-CN: 测试轮播, en: Test rotation }\nentries:\n");
        foreach (var (board, dwell) in Rotation)
        {
            rotation.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - board: {board}\n    dwell: {(int)dwell.TotalSeconds}s\n");
        }
        rotation.Append("screens:\n  - id: test\n    kiosk: test-wall\n    language: en\n    time_zone: Asia/Shanghai\n");
        await File.WriteAllTextAsync(_playlists.Combine("rotation.yaml"), rotation.ToString());
        await File.WriteAllTextAsync(_playlists.Combine("big.yaml"), """
            id: big
            title: { zh-CN: 大屏, en: Big screen }
            entries:
              - board: big-screen
                dwell: 1h
            screens:
              - id: big
                kiosk: nobody-has-this-token
                language: zh-CN
            """);
        await File.WriteAllTextAsync(_playlists.Combine("broken.yaml"), """
            id: broken
            title: { zh-CN: 坏, en: Broken }
            entries:
              - board: overview
                dwell: a while
            screens:
              - id: broken
                kiosk: another-missing-token
            """);
    }
}
