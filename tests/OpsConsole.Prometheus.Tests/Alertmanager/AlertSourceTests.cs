using System.Net;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Tests.Support;
using static OpsConsole.Prometheus.Tests.Alertmanager.AlertmanagerHarness;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

public sealed class AlertSourceTests
{
    private const string PrometheusAlerts = """
        {"status":"success","data":{"alerts":[
          {"labels":{"alertname":"Slow","severity":"warning"},"annotations":{"summary":"slow"},"state":"pending","activeAt":"2026-11-23T10:00:00Z","value":"1e+00"},
          {"labels":{"alertname":"Down","severity":"critical"},"annotations":{},"state":"firing","activeAt":"2026-11-23T09:00:00Z","value":"1e+00"}
        ]}}
        """;

    private readonly FakeAlertmanagers _alertmanagers = new();
    private readonly FakePrometheusHandler _prometheus = new();

    [Fact]
    public async Task Rule_alerts_get_the_fingerprint_Alertmanager_will_give_them_with_external_labels()
    {
        _alertmanagers.Ok(First, "[]").Ok(First, "[]");
        _prometheus.Respond(HttpStatusCode.OK, PrometheusAlerts);
        using var harness = Create(_alertmanagers, new Dictionary<string, string?>
        {
            ["Url"] = $"http://{First}:9093",
            ["ExternalLabels:cluster"] = "robot-fleet",
        }, _prometheus);

        var snapshot = await harness.Source.FetchAsync(Deadline.Test);

        var rules = snapshot.RuleAlerts!;
        Assert.Equal(2, rules.Count);
        var pending = rules.Single(r => !r.IsFiring);
        var withExternal = new LabelSet(new Dictionary<string, string> { ["alertname"] = "Slow", ["severity"] = "warning", ["cluster"] = "robot-fleet" });
        Assert.Equal(AlertFingerprint.Of(withExternal), pending.Fingerprint);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), pending.ActiveAt);
    }

    [Fact]
    public async Task Without_Prometheus_the_snapshot_still_has_Alertmanagers_truth()
    {
        _alertmanagers.Ok(First, AlertmanagerJson.Alerts(AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:05:00Z"))).Ok(First, "[]");
        _prometheus.Respond(HttpStatusCode.InternalServerError, """{"status":"error","errorType":"internal","error":"boom"}""");
        using var harness = Create(_alertmanagers, prometheus: _prometheus);

        var snapshot = await harness.Source.FetchAsync(Deadline.Test);

        Assert.Null(snapshot.RuleAlerts);
        Assert.Single(snapshot.Alerts);
    }
}
