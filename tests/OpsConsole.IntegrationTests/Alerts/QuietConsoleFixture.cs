using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// A console fed by a real Alertmanager holding nothing but what a test posts, and a real Prometheus that evaluates
/// nothing (an unreachable one would fill the log with the HTTP client's own retry errors). Its log shows
/// warnings and above only, and the webhook's own refusals not at all, so the few hundred lines the process
/// keeps are enough to find any error-level entry.
/// </summary>
public sealed class QuietConsoleFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _prometheusConfig = new("quiet-prometheus");
    private PrometheusServer? _prometheus;

    public WebhookAlertmanager Alertmanager { get; } = WebhookAlertmanager.Prepare();

    public ConsoleServer Console { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var config = _prometheusConfig.Combine("prometheus.yml");
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 1m\n", timeout.Token);
        _prometheus = await PrometheusServer.StartAsync(config, timeout.Token);
        var settings = AlertsConsole.Settings(Alertmanager.Url, Alertmanager.Token, _prometheus.Url.ToString().TrimEnd('/'));
        settings["Alerts:ReconcileInterval"] = "00:00:02";
        settings["Security:WebhookPermitsPerMinute"] = "100000";
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        settings["Serilog:MinimumLevel:Override:OpsConsole.Web.Alerts.Webhook.WebhookReceiver"] = "Error";
        // Alertmanager first (pointed at nothing yet), so the console never meets an unreachable one.
        await Alertmanager.StartAsync(new Uri("http://127.0.0.1:1/"), timeout.Token);
        Console = await ConsoleServer.StartAsync(settings, timeout.Token);
        await Alertmanager.RetargetAsync(Console.Url, timeout.Token);
    }

    /// <summary>Lines of the console's output at Error or Fatal level.</summary>
    public IReadOnlyList<string> ErrorLines() =>
        [.. Console.Output.Split('\n').Where(l => l.Contains(" ERR]", StringComparison.Ordinal) || l.Contains(" FTL]", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await Console.DisposeAsync();
        await Alertmanager.DisposeAsync();
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }
        _prometheusConfig.Dispose();
    }
}
