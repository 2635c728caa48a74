using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class ReadEndpointTests
{
    private readonly FakePrometheusHandler _handler = new();

    [Fact]
    public async Task Series_come_back_as_label_sets()
    {
        _handler.RespondWithFixture("series.json");
        using var harness = ClientHarness.Create(_handler);

        var result = await harness.Client.SeriesAsync(["robot_online_count"], null, null, Deadline.Test);

        Assert.Equal(["cn-east", "cn-north"], result.Value.Select(s => s["region"]));
        Assert.All(result.Value, s => Assert.Equal("robot_online_count", s.MetricName));
    }

    [Fact]
    public async Task Label_names_and_values_come_back_as_strings()
    {
        _handler.RespondWithFixture("labels.json").RespondWithFixture("label_values.json");
        using var harness = ClientHarness.Create(_handler);

        var names = await harness.Client.LabelNamesAsync(null, null, null, Deadline.Test);
        var values = await harness.Client.LabelValuesAsync("job", null, null, null, Deadline.Test);

        Assert.Equal(["__name__", "instance", "job", "region", "service"], names.Value);
        Assert.Contains("robot-data-service", values.Value);
        Assert.Equal(8, values.Value.Count);
    }

    [Fact]
    public async Task Targets_carry_health_last_scrape_and_dropped_targets()
    {
        _handler.RespondWithFixture("targets.json");
        using var harness = ClientHarness.Create(_handler);

        var targets = await harness.Client.TargetsAsync(TargetStateFilter.Any, Deadline.Test);

        Assert.Equal([TargetHealth.Up, TargetHealth.Down, TargetHealth.Unknown], targets.Active.Select(t => t.Health));
        var up = targets.Active[0];
        Assert.Equal("robot-data-service", up.ScrapePool);
        Assert.Equal("http://127.0.0.1:9464/metrics", up.ScrapeUrl);
        Assert.Equal("robot-data-service", up.Labels["service"]);
        Assert.Equal("/metrics", up.DiscoveredLabels["__metrics_path__"]);
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 24, 59, TimeSpan.Zero).AddTicks(5193330), up.LastScrape);
        Assert.Equal(TimeSpan.FromSeconds(15), up.ScrapeInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), up.ScrapeTimeout);
        Assert.InRange(up.LastScrapeDuration.TotalMilliseconds, 7.7, 7.8);

        var down = targets.Active[1];
        Assert.StartsWith("Get \"http://127.0.0.1:9121/metrics\": dial tcp", down.LastError, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 24, 58, 101, TimeSpan.Zero), down.LastScrape);
        Assert.Equal(TimeSpan.FromSeconds(90), down.ScrapeInterval);

        Assert.Null(targets.Active[2].LastScrape);
        Assert.Equal("decommissioned", Assert.Single(targets.Dropped).DiscoveredLabels["service"]);
    }

    [Fact]
    public async Task Rules_come_back_grouped_as_alerting_and_recording_rules()
    {
        _handler.RespondWithFixture("rules.json");
        using var harness = ClientHarness.Create(_handler);

        var groups = await harness.Client.RulesAsync(RuleTypeFilter.Any, Deadline.Test);

        Assert.Equal(["webhook-service", "redis"], groups.Select(g => g.Name));
        var webhook = groups[0];
        Assert.Equal("/etc/prometheus/rules/webhook.rules.yml", webhook.File);
        Assert.Equal(TimeSpan.FromSeconds(15), webhook.Interval);

        var alerting = Assert.IsType<AlertingRule>(webhook.Rules[0]);
        Assert.Equal("WebhookHighErrorRate", alerting.Name);
        Assert.Equal(PrometheusAlertState.Firing, alerting.State);
        Assert.Equal(RuleHealth.Ok, alerting.Health);
        Assert.Equal(TimeSpan.FromMinutes(2), alerting.Duration);
        Assert.Equal("critical", alerting.Labels["severity"]);
        Assert.Equal("Webhook 5xx rate above 1%", alerting.Annotations["summary"]);
        var alert = Assert.Single(alerting.Alerts);
        Assert.Equal(0.032, alert.Value);
        Assert.Equal(PrometheusAlertState.Firing, alert.State);

        var recording = Assert.IsType<RecordingRule>(webhook.Rules[1]);
        Assert.Equal(RuleHealth.Error, recording.Health);
        Assert.Equal("vector contains metrics with the same labelset after applying rule labels", recording.LastError);

        var redisDown = Assert.IsType<AlertingRule>(Assert.Single(groups[1].Rules));
        Assert.Equal(PrometheusAlertState.Inactive, redisDown.State);
        Assert.Null(redisDown.LastEvaluation);
        Assert.Null(groups[1].LastEvaluation);
    }

    [Fact]
    public async Task Alerts_carry_state_active_time_and_value()
    {
        _handler.RespondWithFixture("alerts.json");
        using var harness = ClientHarness.Create(_handler);

        var alerts = await harness.Client.AlertsAsync(Deadline.Test);

        Assert.Equal([PrometheusAlertState.Firing, PrometheusAlertState.Pending], alerts.Select(a => a.State));
        Assert.Equal("flink-robot-events", alerts[1].Labels["consumergroup"]);
        Assert.Equal(double.PositiveInfinity, alerts[1].Value);
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 24, 44, 508, TimeSpan.Zero), alerts[1].ActiveAt);
    }

    [Fact]
    public async Task Metadata_is_keyed_by_metric_name()
    {
        _handler.RespondWithFixture("metadata.json");
        using var harness = ClientHarness.Create(_handler);

        var metadata = await harness.Client.MetadataAsync(null, null, Deadline.Test);

        var latency = Assert.Single(metadata["robot_metadata_sync_latency_seconds"]);
        Assert.Equal(new MetricMetadata(MetricType.Histogram, "Metadata sync latency.", "seconds"), latency);
        Assert.Equal(MetricType.Counter, Assert.Single(metadata["robot_commands_total"]).Type);
    }

    [Fact]
    public async Task Build_info_carries_the_version()
    {
        _handler.RespondWithFixture("buildinfo.json");
        using var harness = ClientHarness.Create(_handler);

        var info = await harness.Client.BuildInfoAsync(Deadline.Test);

        Assert.Equal("2.42.0+ds", info.Version);
        Assert.Equal("go1.19.8", info.GoVersion);
        Assert.Equal("debian/sid", info.Branch);
    }
}
