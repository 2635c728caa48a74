using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Simulator.Hosting;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests;

/// <summary>The client reads what the simulator serves, through the real Prometheus and the repository's config.</summary>
[Collection(FleetCollection.Name)]
public sealed class PrometheusClientAgainstFleetTests(FleetFixture fleet)
{
    private static readonly TimeSpan ScrapeDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Instant_query_returns_the_simulators_robot_series_per_region()
    {
        var robotTarget = fleet.Stack.Simulator.Targets.Single(t => t.Job == Jobs.RobotDataService);

        var samples = await Eventually.Until(async ct =>
        {
            var result = await fleet.Metrics.QueryAsync("robot_online_count", time: null, ct);
            return result.Value.Count == 3 ? result.Value : null;
        }, ScrapeDeadline, "three robot_online_count series");

        Assert.Equal(["cn-east", "cn-north", "cn-south"], samples.Select(s => s.Labels["region"]).Order());
        Assert.All(samples, s =>
        {
            Assert.Equal(robotTarget.Instance, s.Labels["instance"]);
            Assert.Equal("robot-data-service", s.Labels["job"]);
            Assert.InRange(s.Point.Value, 1, 5_000);
        });
    }

    [Fact]
    public async Task Range_query_returns_a_point_per_step_across_the_window()
    {
        var series = await Eventually.Until(async ct =>
        {
            var end = DateTimeOffset.UtcNow;
            var result = await fleet.Metrics.QueryRangeAsync(
                new RangeQuery("sum(robot_online_count)", end.AddSeconds(-20), end, TimeSpan.FromSeconds(2)), ct);
            return result.Value is [{ Points.Count: >= 3 } one] ? one : null;
        }, ScrapeDeadline, "a range of robot_online_count with three points");

        var steps = series.Points.Zip(series.Points.Skip(1), (a, b) => b.Timestamp - a.Timestamp).Distinct();
        Assert.Equal([TimeSpan.FromSeconds(2)], steps);
    }

    [Fact]
    public async Task Every_simulated_instance_is_an_up_target_with_its_service_label()
    {
        var expected = fleet.Stack.Simulator.Targets.Select(t => t.Instance).ToHashSet();

        var active = await Eventually.Until(async ct =>
        {
            var targets = await fleet.Client.TargetsAsync(TargetStateFilter.Active, ct);
            var up = targets.Active.Where(t => t.Health == TargetHealth.Up && expected.Contains(t.Labels["instance"]!)).ToList();
            return up.Count == expected.Count ? up : null;
        }, ScrapeDeadline, $"all {expected.Count} simulated targets up");

        Assert.All(active, t => Assert.False(string.IsNullOrEmpty(t.Labels["service"])));
        Assert.Contains(active, t => t.Labels["job"] == Jobs.Flink && t.ScrapeUrl.EndsWith("/jobmanager/metrics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_pod_that_joins_is_scraped_within_30_seconds()
    {
        var pod = await fleet.Stack.Simulator.AddWebhookPodAsync(CancellationToken.None);
        try
        {
            await Eventually.Until(async ct =>
            {
                var result = await fleet.Metrics.QueryAsync($"up{{{Prometheus.PromQl.LabelMatcher("pod", pod.Pod!)}}} == 1", null, ct);
                return result.Value.Count == 1;
            }, TimeSpan.FromSeconds(30), $"the new pod {pod.Pod} to be scraped");
        }
        finally
        {
            await fleet.Stack.Simulator.RemoveTargetAsync(pod.Instance, CancellationToken.None);
        }
    }
}
