using System.Net.Http.Headers;
using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>
/// Everything a phone reaches: the fleet stack (Prometheus with data for the boards), a real Alertmanager the console
/// reconciles from every second, the console, and Chromium. One for all phone tests (a collection fixture).
/// </summary>
public sealed class PhoneStack : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FleetStack? _fleet;
    private AlertmanagerServer? _alertmanager;
    private ConsoleServer? _console;

    public AlertmanagerServer Alertmanager => _alertmanager ?? throw new InvalidOperationException("Alertmanager did not start.");

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _fleet = await FleetStack.StartAsync(fastAlerts: false, timeout.Token);
        _alertmanager = await AlertmanagerServer.StartAsync(null, timeout.Token);
        _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            ["Prometheus:Url"] = _fleet.Prometheus.Url.ToString(),
            ["Alertmanager:Url"] = _alertmanager.Url.ToString(),
            ["Alerts:ReconcileInterval"] = "00:00:01",
            ["OpsConsole:DefaultRefresh"] = "00:00:02",
            ["OpsConsole:HealthCheckInterval"] = "00:00:01",
            ["PanelFeed:MinRefreshInterval"] = "00:00:02",
            ["PanelFeed:DefaultMinStep"] = "00:00:05",
        }, timeout.Token);
        Chromium = await Chromium.LaunchAsync();
    }

    /// <summary>Posts one alert to Alertmanager (firing, or resolved when <paramref name="endsAt"/> has passed).</summary>
    public Task PostAlertAsync(
        IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations, DateTimeOffset? endsAt = null) =>
        Alertmanager.PostAlertsAsync(JsonSerializer.Serialize(new[]
        {
            endsAt is { } end
                ? (object)new { labels, annotations, startsAt = end.AddMinutes(-10), endsAt = end }
                : new { labels, annotations },
        }), TestContext.Current.CancellationToken);

    /// <summary>Waits until the console lists the alert named <paramref name="alertName"/> and returns its fingerprint.</summary>
    public async Task<string> FingerprintOnceListedAsync(string alertName)
    {
        string? fingerprint = null;
        await Eventually.Until(async ct =>
        {
            fingerprint = (await ListedAsync(ct)).FirstOrDefault(a => a.Name == alertName).Fingerprint;
            return fingerprint is not null;
        }, TimeSpan.FromSeconds(60), $"the console to list {alertName}", TestContext.Current.CancellationToken);
        return fingerprint!;
    }

    /// <summary>The console's current alerts (its REST API, as automation reads it).</summary>
    public async Task<IReadOnlyList<(string Fingerprint, string Name, string Phase, string? Severity)>> ListedAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Console.Url, "api/alerts"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. body.RootElement.GetProperty("alerts").EnumerateArray().Select(a => (
            a.GetProperty("fingerprint").GetString()!,
            a.GetProperty("alertName").GetString()!,
            a.GetProperty("phase").GetString()!,
            a.GetProperty("labels").TryGetProperty("severity", out var severity) ? severity.GetString() : null))];
    }

    /// <summary>Alertmanager's silences as amtool lists them.</summary>
    public async Task<IReadOnlyList<JsonElement>> SilencesAsync()
    {
        var json = await Alertmanager.AmtoolAsync(["silence", "query", "-o", "json"], TestContext.Current.CancellationToken);
        using var listed = JsonDocument.Parse(json);
        return [.. listed.RootElement.EnumerateArray().Select(s => s.Clone())];
    }

    public async ValueTask DisposeAsync()
    {
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
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }
        _http.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PhoneCollection : ICollectionFixture<PhoneStack>
{
    public const string Name = "phone";
}
