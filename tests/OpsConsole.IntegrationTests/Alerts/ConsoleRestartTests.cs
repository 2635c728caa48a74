using System.Diagnostics;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// The console is away while alerts change: one fires and is still firing at the restart, another (already known)
/// resolves. Back up on the same data directory, the console shows the right state within one reconcile interval
/// and the history holds both transitions of the one that resolved.
/// </summary>
public sealed class ConsoleRestartTests(ITestOutputHelper output)
{
    // Long, so the check is of behaviour, not speed: a console that reconciled only after its first interval would
    // take a minute; one that reconciles at start answers within seconds, and half the interval is generous on a busy machine.
    private static readonly TimeSpan ReconcileInterval = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_restarted_console_shows_what_changed_while_it_was_away_within_one_reconcile_interval_and_history_has_both_transitions()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        using var data = new TemporaryDirectory("console-restart");
        await using var alertmanager = WebhookAlertmanager.Prepare();
        var settings = AlertsConsole.Settings(alertmanager.Url, alertmanager.Token);
        settings["OpsConsole:DataDirectory"] = data.Path;
        settings["Alerts:ReconcileInterval"] = ReconcileInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        var startsAt = DateTimeOffset.UtcNow.AddSeconds(-30);

        string resolvingFingerprint;
        await using (var first = await ConsoleServer.StartAsync(settings, ct))
        {
            await alertmanager.StartAsync(first.Url, ct);
            await alertmanager.PostAlertsAsync(AlertJson("RestartResolvesWhileAway", startsAt, startsAt.AddHours(1)), ct);
            using var api = AlertsConsole.ClientFor(first.Url, "Viewer");
            resolvingFingerprint = await Eventually.Until(
                async t => (await AlertsConsole.AlertsAsync(api, t)).Alerts.FirstOrDefault(a => a.AlertName == "RestartResolvesWhileAway")?.Fingerprint,
                TimeSpan.FromSeconds(60), "the first console to show the alert", ct, first);
        }

        // Away: one alert fires, the known one resolves.
        await alertmanager.PostAlertsAsync(AlertJson("RestartFiresWhileAway", startsAt, DateTimeOffset.UtcNow.AddHours(1)), ct);
        await alertmanager.PostAlertsAsync(AlertJson("RestartResolvesWhileAway", startsAt, DateTimeOffset.UtcNow.AddSeconds(-1)), ct);

        await using var second = await ConsoleServer.StartAsync(settings, ct);
        var ready = Stopwatch.StartNew();
        await alertmanager.RetargetAsync(second.Url, ct);
        using var viewer = AlertsConsole.ClientFor(second.Url, "Viewer");
        await Eventually.Until(async t =>
        {
            var alerts = await AlertsConsole.AlertsAsync(viewer, t);
            // The state must come from a finished reconcile pass, not only from a webhook that happened to arrive first.
            return alerts.ReconciledAt is not null
                   && alerts.Alerts.Any(a => a.AlertName == "RestartFiresWhileAway" && a.Phase == "firing")
                   && alerts.Alerts.All(a => a.AlertName != "RestartResolvesWhileAway")
                ? alerts
                : null;
        }, ReconcileInterval / 2, "the restarted console to show, from its first reconcile, the alert that fired while it was away",
            ct, second);
        output.WriteLine($"right state {ready.ElapsedMilliseconds} ms after the restarted console answered /healthz");

        var history = await Eventually.Until(async t =>
        {
            var timeline = await AlertsConsole.TimelineAsync(viewer, resolvingFingerprint, t);
            return timeline.Any(e => e.State == "resolved") ? timeline : null;
        }, TimeSpan.FromSeconds(30), "the history to record the resolution that happened while the console was away", ct);
        Assert.Equal(["firing", "resolved"], history.Select(e => e.State));
        Assert.Equal(startsAt.ToUnixTimeSeconds(), history[0].At.ToUnixTimeSeconds());
    }

    private static string AlertJson(string name, DateTimeOffset startsAt, DateTimeOffset endsAt) => $$"""
        [{"labels": {"alertname": "{{name}}", "service": "integration", "severity": "warning"},
          "annotations": {"summary": "{{name}}"},
          "startsAt": "{{startsAt:O}}", "endsAt": "{{endsAt:O}}", "generatorURL": "http://127.0.0.1/graph"}]
        """;
}
