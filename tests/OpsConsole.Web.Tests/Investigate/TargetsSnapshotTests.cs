using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Investigate.Targets;

namespace OpsConsole.Web.Tests.Investigate;

public sealed class TargetsSnapshotTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    internal static ActiveTarget Target(string job, string instance, TargetHealth health, string error = "", string pool = "", Dictionary<string, string>? labels = null)
    {
        var all = new Dictionary<string, string>(labels ?? []) { ["job"] = job, ["instance"] = instance };
        return new ActiveTarget(new LabelSet(new Dictionary<string, string> { ["__address__"] = instance, ["__meta_filepath"] = $"sd/{job}.json" }),
            new LabelSet(all), pool.Length > 0 ? pool : job, $"http://{instance}/metrics", $"http://{instance}/metrics", health, error,
            Start.AddMinutes(15), TimeSpan.FromMilliseconds(12), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(4));
    }

    private static MetricSeries Up(string job, string instance, int fromStep, int toStep, Func<int, double>? value = null) => new(
        new LabelSet(new Dictionary<string, string> { ["__name__"] = "up", ["job"] = job, ["instance"] = instance }),
        [.. Enumerable.Range(fromStep, toStep - fromStep + 1).Select(i => new SamplePoint(Start + (Step * i), value?.Invoke(i) ?? 1))]);

    [Fact]
    public void Targets_are_grouped_by_pool_with_the_pool_s_up_count()
    {
        var targets = new ScrapeTargets(
            [Target("kafka", "b:1", TargetHealth.Up), Target("kafka", "a:1", TargetHealth.Down, "connection refused"), Target("flink", "f:1", TargetHealth.Up)],
            []);

        var snapshot = TargetsSnapshot.Build(targets, [], Start, Step);

        Assert.Equal(["flink", "kafka"], snapshot.Pools.Select(p => p.Name));
        var kafka = snapshot.Pools[1];
        Assert.Equal((1, 2), (kafka.UpCount, kafka.TotalCount));
        Assert.Equal(["a:1", "b:1"], kafka.Targets.Select(t => t.Instance));
    }

    [Fact]
    public void A_target_whose_up_series_starts_inside_the_window_appeared_then_and_one_whose_series_stopped_vanished()
    {
        var targets = new ScrapeTargets([Target("webhook-service", "old:1", TargetHealth.Up), Target("webhook-service", "new:1", TargetHealth.Up)], []);
        var up = new[]
        {
            Up("webhook-service", "old:1", 0, 60),
            Up("webhook-service", "new:1", 40, 60),
            Up("webhook-service", "gone:1", 0, 20),
        };

        var snapshot = TargetsSnapshot.Build(targets, up, Start, Step);

        var views = snapshot.Pools.Single().Targets.ToDictionary(t => t.Instance);
        Assert.Null(views["old:1"].AppearedAt);
        Assert.Equal(Start + (Step * 40), views["new:1"].AppearedAt);
        Assert.Equal(
            [new TargetChange("webhook-service", "new:1", TargetChangeKind.Appeared, Start + (Step * 40)),
             new TargetChange("webhook-service", "gone:1", TargetChangeKind.Vanished, Start + (Step * 20))],
            snapshot.RecentChanges);
    }

    [Fact]
    public void A_flapping_target_counts_its_changes_and_a_missing_history_is_said()
    {
        var targets = new ScrapeTargets([Target("redis", "r:1", TargetHealth.Up)], []);
        var flapping = TargetsSnapshot.Build(targets, [Up("redis", "r:1", 0, 9, i => i is 3 or 4 or 7 ? 0 : 1)], Start, Step);
        var blind = TargetsSnapshot.Build(targets, null, Start, Step);

        Assert.Equal(4, flapping.Pools[0].Targets[0].Flaps);
        Assert.False(flapping.HistoryMissing);
        Assert.True(blind.HistoryMissing);
        Assert.Empty(blind.Pools[0].Targets[0].UpHistory);
    }

    [Fact]
    public void The_filter_matches_health_and_text_over_endpoint_labels_discovered_labels_and_error_and_keeps_pool_counts()
    {
        var targets = new ScrapeTargets(
            [Target("kafka", "a:1", TargetHealth.Down, "connection refused"), Target("kafka", "b:1", TargetHealth.Up, labels: new() { ["pod"] = "kafka-0" }),
             Target("flink", "f:1", TargetHealth.Up)],
            []);
        var pools = TargetsSnapshot.Build(targets, [], Start, Step).Pools;

        var down = TargetFilter.FromQuery("down", null).Apply(pools);
        var byPod = TargetFilter.FromQuery(null, " KAFKA-0 ").Apply(pools);
        var byError = TargetFilter.FromQuery("any", "refused").Apply(pools);
        var byDiscovered = TargetFilter.FromQuery(null, "sd/flink.json").Apply(pools);
        var nothing = TargetFilter.FromQuery("up", "refused").Apply(pools);

        Assert.Equal(["a:1"], down.SelectMany(p => p.Targets).Select(t => t.Instance));
        Assert.Equal((1, 2), (down[0].UpCount, down[0].TotalCount));
        Assert.Equal(["b:1"], byPod.SelectMany(p => p.Targets).Select(t => t.Instance));
        Assert.Equal(["a:1"], byError.SelectMany(p => p.Targets).Select(t => t.Instance));
        Assert.Equal(["f:1"], byDiscovered.SelectMany(p => p.Targets).Select(t => t.Instance));
        Assert.Empty(nothing);
        Assert.Equal(TargetFilter.None, TargetFilter.FromQuery("sideways", "  "));
    }

    [Fact]
    public void A_configured_pool_without_targets_is_listed_empty_and_a_filter_hides_it()
    {
        var targets = new ScrapeTargets([Target("kafka", "a:1", TargetHealth.Up)], []);
        var configured = ConfiguredScrapePools.FromConfigYaml("""
            global:
              scrape_interval: 15s
            scrape_configs:
            - job_name: kafka
              file_sd_configs: [{files: [sd/kafka.json]}]
            - job_name: opsconsole
              file_sd_configs: [{files: [sd/opsconsole.json]}]
            """);

        var pools = TargetsSnapshot.Build(targets, [], Start, Step, configured).Pools;

        Assert.Equal(["kafka", "opsconsole"], configured);
        Assert.Equal(["kafka", "opsconsole"], pools.Select(p => p.Name));
        Assert.Equal((0, 0), (pools[1].UpCount, pools[1].TotalCount));
        Assert.Equal(["kafka"], TargetFilter.FromQuery("up", null).Apply(pools).Select(p => p.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("global: {scrape_interval: 15s}")]
    [InlineData("scrape_configs: [")]
    [InlineData("scrape_configs: nothing")]
    public void A_configuration_without_readable_scrape_configs_names_no_pool(string yaml) =>
        Assert.Empty(ConfiguredScrapePools.FromConfigYaml(yaml));
}
