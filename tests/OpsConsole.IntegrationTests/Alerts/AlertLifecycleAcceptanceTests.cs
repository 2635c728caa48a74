using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// Issue 5's acceptance on the real thing: simulator → Prometheus (make-fast rules) → Alertmanager (the repository's
/// routing) → the console's webhook → a SignalR client; an Operator acknowledges through the REST API; amtool is
/// the witness; the scenario ends, the alert resolves, the console expires the ack silence.
/// </summary>
public sealed partial class AlertLifecycleAcceptanceTests(ITestOutputHelper output)
{
    private const string AlertName = "HighCommandFailureRate";
    private static readonly TimeSpan FirePatience = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ResolvePatience = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task A_fired_alert_reaches_the_hub_within_two_seconds_is_acknowledged_by_an_operator_and_its_silence_ends_when_it_resolves()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        await using var stack = await FleetStack.StartAsync(fastAlerts: true, ct);
        // The scenario starts with the stack: the 5m rate windows then hold little else, so the ratio crosses 10 % quickly.
        stack.Simulator.Scenarios.Activate(ScenarioNames.CommandFailureSpike);

        await using var alertmanager = WebhookAlertmanager.Prepare();
        var settings = AlertsConsole.Settings(alertmanager.Url, alertmanager.Token, stack.Prometheus.Url.ToString().TrimEnd('/'));
        // A long reconcile period, so the webhook (not the poll) is what delivers the alert.
        settings["Alerts:ReconcileInterval"] = "00:00:30";
        await alertmanager.StartAsync(new Uri("http://127.0.0.1:1/"), ct);
        await using var console = await ConsoleServer.StartAsync(settings, ct);
        await alertmanager.RetargetAsync(console.Url, ct);
        WriteAlertmanagerTarget(stack, alertmanager);

        await using var hub = await AlertsConsole.ConnectAsync(console.Url, "Viewer", messagePack: true, ct);
        using var operatorApi = AlertsConsole.ClientFor(console.Url, "Operator");

        // Fired: through the hub, within 2 s of the webhook POST that carried it.
        var (fired, receivedAt) = await Eventually.Until(
            _ => Task.FromResult(hub.Events.FirstOrDefault(e => e.Event.Change == "fired" && e.Event.Alert.AlertName == AlertName)),
            FirePatience, $"the hub to deliver {AlertName} fired", ct);
        var postedAt = WebhookReceivedAt(console.Output, "firing", AlertName);
        var latency = receivedAt - postedAt;
        output.WriteLine($"webhook POST received {postedAt:O}, hub client received {receivedAt:O}: {latency.TotalMilliseconds:0} ms");
        Assert.True(latency < TimeSpan.FromSeconds(2), $"the hub delivered the fired event {latency.TotalMilliseconds:0} ms after the webhook POST");
        Assert.Equal("firing", fired.Alert.Phase);
        Assert.Equal("critical", fired.Alert.Labels["severity"]);

        // An Operator acknowledges through the REST API.
        using var ack = await operatorApi.PostAsJsonAsync($"api/alerts/{fired.Fingerprint}/ack", new { note = "looking at the gateway" }, ct);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var silenceId = (await ack.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("silenceId").GetString()!;
        await Eventually.Until(
            _ => Task.FromResult(hub.Events.Any(e => e.Event.Change == "acknowledged" && e.Event.Alert.Acknowledgement?.By == AlertsConsole.OperatorActor)),
            TimeSpan.FromSeconds(10), "the hub to show the acknowledgement", ct);

        // amtool sees the silence, created by the operator, on the alert's exact labels.
        var silence = (await AmtoolSilenceAsync(alertmanager, silenceId, expired: false, ct))
                      ?? throw new Xunit.Sdk.XunitException($"amtool does not list silence {silenceId}");
        Assert.Equal(AlertsConsole.OperatorActor, silence.GetProperty("createdBy").GetString());
        Assert.Equal("looking at the gateway", silence.GetProperty("comment").GetString());
        Assert.Equal("active", silence.GetProperty("status").GetProperty("state").GetString());
        var matchers = silence.GetProperty("matchers").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetString()!);
        Assert.Equal(fired.Alert.Labels, matchers);

        // The scenario ends, the alert resolves, the console expires the ack silence.
        stack.Simulator.Scenarios.Deactivate(ScenarioNames.CommandFailureSpike);
        await Eventually.Until(
            _ => Task.FromResult(hub.Events.Any(e => e.Event.Change == "resolved" && e.Event.Fingerprint == fired.Fingerprint)),
            ResolvePatience, $"{AlertName} to resolve", ct);
        var expired = await Eventually.Until(
            async t => await AmtoolSilenceAsync(alertmanager, silenceId, expired: true, t) is { } s
                       && s.GetProperty("status").GetProperty("state").GetString() == "expired" ? (JsonElement?)s : null,
            TimeSpan.FromSeconds(15), "the console to expire the ack silence", ct);
        Assert.Equal(AlertsConsole.OperatorActor, expired!.Value.GetProperty("createdBy").GetString());

        // The events came in order, and the history holds the incident.
        var sequences = hub.Events.Select(e => e.Event.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        var timeline = await AlertsConsole.TimelineAsync(operatorApi, fired.Fingerprint, ct);
        Assert.Equal(["firing", "acknowledged", "resolved"], timeline.Select(e => e.State).Where(s => s is "firing" or "acknowledged" or "resolved"));
        Assert.Equal(AlertsConsole.OperatorActor, timeline.Single(e => e.State == "acknowledged").By);
    }

    private static void WriteAlertmanagerTarget(FleetStack stack, WebhookAlertmanager alertmanager)
    {
        var sd = Path.GetDirectoryName(stack.Simulator.FileSdPath("robot-data-service"))!;
        var path = Path.Combine(sd, "alertmanager.json");
        var groups = new[] { new { targets = new[] { $"127.0.0.1:{alertmanager.Port}" }, labels = new Dictionary<string, string> { ["service"] = "alertmanager" } } };
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(groups));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>When the console logged receiving the first webhook of this status for this alertname (its group key names it).</summary>
    private static DateTimeOffset WebhookReceivedAt(string consoleOutput, string status, string alertName)
    {
        var line = consoleOutput.Split('\n').FirstOrDefault(l => l.Contains($"Webhook {status} from receiver", StringComparison.Ordinal)
                                                                  && l.Contains(alertName, StringComparison.Ordinal)
                                                                  && !l.Contains(" 0 changes", StringComparison.Ordinal))
                   ?? throw new Xunit.Sdk.XunitException($"The console logged no {status} webhook for {alertName}:\n{consoleOutput}");
        return DateTimeOffset.Parse(ReceivedAt().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement?> AmtoolSilenceAsync(WebhookAlertmanager alertmanager, string id, bool expired, CancellationToken cancellationToken)
    {
        string[] arguments = expired ? ["silence", "query", "--expired", "-o", "json"] : ["silence", "query", "-o", "json"];
        var json = await alertmanager.AmtoolAsync(arguments, cancellationToken);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Where(s => s.GetProperty("id").GetString() == id).Select(s => (JsonElement?)s.Clone()).FirstOrDefault();
    }

    [GeneratedRegex(@"received at (\S+):")]
    private static partial Regex ReceivedAt();
}
