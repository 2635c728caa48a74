using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// Issue 12's storm on the real thing: 2,000 alerts posted to Debian's Alertmanager (the repository's routing, one group
/// per alert, so 2,000 webhook deliveries within seconds, all from one address) reach the console through the webhook
/// alone (the reconcile poll waits an hour), with the shipped per-address limit in force, and Alertmanager's own
/// counters record no failed notification.
/// </summary>
public sealed class WebhookStormTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Storm = 2_000;
    private const string AlertName = "WebhookStorm";
    // Generous: the machine has two cores and is shared; a passing run takes a fraction of this.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly TemporaryDirectory _prometheusConfig = new("storm-prometheus");
    private readonly WebhookAlertmanager _alertmanager = WebhookAlertmanager.Prepare();
    private PrometheusServer? _prometheus;
    private ConsoleServer? _console;

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        // A Prometheus that evaluates nothing: an unreachable one would fill the console's log with retry errors.
        var config = _prometheusConfig.Combine("prometheus.yml");
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 1m\n", timeout.Token);
        _prometheus = await PrometheusServer.StartAsync(config, timeout.Token);
        var settings = AlertsConsole.Settings(_alertmanager.Url, _alertmanager.Token, _prometheus.Url.ToString().TrimEnd('/'));
        settings["Alerts:ReconcileInterval"] = "01:00:00";
        // The shipped limit, which the storm exceeds more than threefold within a minute.
        settings["Security:WebhookPermitsPerMinute"] = "600";
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        await _alertmanager.StartAsync(new Uri("http://127.0.0.1:1/"), timeout.Token);
        _console = await ConsoleServer.StartAsync(settings, timeout.Token);
        await _alertmanager.RetargetAsync(_console.Url, timeout.Token);
    }

    [Fact]
    public async Task A_two_thousand_alert_storm_reaches_the_console_with_no_failed_notification_in_alertmanager()
    {
        using var timeout = new CancellationTokenSource(Patience + TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
        var console = _console!;
        using var viewer = AlertsConsole.ClientFor(console.Url, "Viewer");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var before = await CountersAsync(http, ct);
        Assert.Equal(0, before.Failed);

        var clock = Stopwatch.StartNew();
        await _alertmanager.PostAlertsAsync(JsonSerializer.Serialize(Enumerable.Range(0, Storm).Select(i => new
        {
            labels = new Dictionary<string, string>
            {
                ["alertname"] = AlertName,
                // group_by [alertname, service]: a service each, so each alert is a notification of its own.
                ["service"] = $"storm-{i:D4}",
                ["severity"] = "warning",
            },
            annotations = new Dictionary<string, string> { ["summary"] = $"storm alert {i}" },
        })), ct);

        var listed = await Eventually.Seen(
            async t => (await AlertsConsole.AlertsAsync(viewer, t)).Alerts.Count(a => a.AlertName == AlertName),
            count => count == Storm, Patience, $"the console's /api/alerts to list all {Storm} storm alerts", ct, console);
        var allListedAfter = clock.Elapsed;
        // Every group's notification has been counted once Alertmanager has sent it; a refused one would count as failed.
        var after = await Eventually.Seen(
            t => CountersAsync(http, t), c => c.Sent - before.Sent >= Storm || c.Failed > 0,
            Patience, $"Alertmanager to count {Storm} webhook notifications", ct);
        output.WriteLine(
            $"{listed} alerts listed {allListedAfter.TotalSeconds:0.0} s after the POST to Alertmanager; webhook notifications " +
            $"{after.Sent - before.Sent}, failed {after.Failed - before.Failed}, requests {after.Requests - before.Requests}, " +
            $"failed requests {after.FailedRequests - before.FailedRequests}");

        Assert.Equal(0, after.Failed - before.Failed);
        Assert.Equal(0, after.FailedRequests - before.FailedRequests);
    }

    /// <summary>Alertmanager's own webhook counters from its /metrics (every label combination summed).</summary>
    private async Task<Counters> CountersAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(_alertmanager.Url, "metrics"), cancellationToken);
        return new Counters(
            Sum(text, "alertmanager_notifications_total"),
            Sum(text, "alertmanager_notifications_failed_total"),
            Sum(text, "alertmanager_notification_requests_total"),
            Sum(text, "alertmanager_notification_requests_failed_total"));
    }

    private static long Sum(string exposition, string metric)
    {
        long sum = 0;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains("integration=\"webhook\"", StringComparison.Ordinal))
            {
                sum += (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }
        return sum;
    }

    private sealed record Counters(long Sent, long Failed, long Requests, long FailedRequests);

    public async ValueTask DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
        await _alertmanager.DisposeAsync();
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }
        _prometheusConfig.Dispose();
    }
}
