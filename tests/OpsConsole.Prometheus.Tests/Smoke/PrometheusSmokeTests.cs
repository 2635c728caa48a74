using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Smoke;

/// <summary>The client against the real Prometheus binary: the wire format as it really is.</summary>
public sealed class PrometheusSmokeTests(SelfScrapingPrometheus prometheus) : IClassFixture<SelfScrapingPrometheus>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientHarness _harness = ClientHarness.Create(
        handler: null, new Dictionary<string, string?> { ["Url"] = prometheus.Server.Url.ToString(), ["Timeout"] = "00:00:10" });

    private IPrometheusClient Client => _harness.Client;

    [Fact]
    public async Task Build_info_reports_the_running_version()
    {
        var info = await Client.BuildInfoAsync(Deadline.Test);

        // Whatever release the machine carries (Debian's is 2.x; 3.x answers the same API): a real version, not empty.
        Assert.Matches(@"^[2-9]\.\d+\.\d+", info.Version);
        Assert.StartsWith("go", info.GoVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instant_query_of_up_sees_prometheus_scraping_itself()
    {
        var samples = await Eventually(async ct =>
            (await Client.QueryAsync("up", null, ct)).Value is VectorValue { Samples.Count: > 0 } vector ? vector.Samples : null);

        var up = Assert.Single(samples);
        Assert.Equal("prometheus", up.Labels["job"]);
        Assert.Equal(1, up.Point.Value);
    }

    [Fact]
    public async Task Range_query_returns_points_of_up()
    {
        var series = await Eventually(async ct =>
        {
            var now = DateTimeOffset.UtcNow;
            var result = await Client.QueryRangeAsync(new RangeQuery("up", now.AddMinutes(-1), now, TimeSpan.FromSeconds(1)), ct);
            return result.Value.Count > 0 && result.Value[0].Points.Count >= 2 ? result.Value : null;
        });

        var up = Assert.Single(series);
        Assert.Equal("up", up.Labels.MetricName);
        Assert.All(up.Points, p => Assert.Equal(1, p.Value));
        Assert.True(up.Points.Zip(up.Points.Skip(1)).All(pair => pair.First.Timestamp < pair.Second.Timestamp));
    }

    [Fact]
    public async Task Label_values_and_series_list_the_self_scrape_job()
    {
        var jobs = await Eventually(async ct =>
            (await Client.LabelValuesAsync("job", null, null, null, ct)).Value is { Count: > 0 } values ? values : null);
        var series = await Client.SeriesAsync(["up"], null, null, Deadline.Test);

        Assert.Contains("prometheus", jobs);
        Assert.Equal("prometheus", Assert.Single(series.Value)["job"]);
    }

    [Fact]
    public async Task Targets_show_the_self_scrape_as_up()
    {
        var target = await Eventually(async ct =>
            (await Client.TargetsAsync(TargetStateFilter.Any, ct)).Active.SingleOrDefault(t => t.Health == TargetHealth.Up));

        Assert.Equal("prometheus", target.ScrapePool);
        Assert.Equal(TimeSpan.FromSeconds(1), target.ScrapeInterval);
        Assert.NotNull(target.LastScrape);
        Assert.Equal(new Uri(prometheus.Server.Url, "metrics").ToString(), target.ScrapeUrl);
    }

    [Fact]
    public async Task Rules_and_alerts_show_the_always_firing_alert()
    {
        var rule = await Eventually(async ct =>
            (await Client.RulesAsync(RuleTypeFilter.Alerting, ct)).SelectMany(g => g.Rules).OfType<AlertingRule>()
                .SingleOrDefault(r => r.State == PrometheusAlertState.Firing));
        var alerts = await Client.AlertsAsync(Deadline.Test);
        var recording = (await Client.RulesAsync(RuleTypeFilter.Recording, Deadline.Test)).SelectMany(g => g.Rules);

        Assert.Equal("SmokeAlwaysFiring", rule.Name);
        Assert.Equal(RuleHealth.Ok, rule.Health);
        var alert = Assert.Single(alerts, a => a.Labels["alertname"] == "SmokeAlwaysFiring");
        Assert.Equal(PrometheusAlertState.Firing, alert.State);
        Assert.Equal(1, alert.Value);
        Assert.IsType<RecordingRule>(Assert.Single(recording));
    }

    [Fact]
    public async Task Metadata_describes_prometheus_own_metrics()
    {
        var metadata = await Eventually(async ct =>
            (await Client.MetadataAsync("prometheus_build_info", null, ct)).TryGetValue("prometheus_build_info", out var m) ? m : null);

        Assert.Equal(MetricType.Gauge, metadata[0].Type);
    }

    [Fact]
    public async Task A_bad_query_is_bad_data_with_prometheus_position_message()
    {
        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => Client.QueryAsync("sum(", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.BadData, error.Type);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("1:5: parse error", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    /// <summary>Polls until <paramref name="probe"/> returns a value (Prometheus needs a scrape or two first).</summary>
    private async Task<T> Eventually<T>(Func<CancellationToken, Task<T?>> probe)
        where T : class
    {
        try
        {
            return await OpsConsole.Testing.Eventually.Until(probe, Patience, "Prometheus to show the expected data", Deadline.Test);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Its log:\n{prometheus.Server.Output}", timeout);
        }
    }
}
