using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Fleet;

/// <summary>A quiet afternoon looks like the real fleet: the numbers the boards and rules were written for.</summary>
public sealed class BaselineMagnitudeTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Fact]
    public void About_five_thousand_robots_are_registered_and_80_to_95_percent_are_online()
    {
        var fleet = new FleetHarness();
        var robots = fleet.Scrape(Jobs.RobotDataService);

        var registered = robots.Sum("robot_registered_count");
        var online = robots.Sum("robot_online_count");

        Assert.InRange(registered, 4_900, 5_100);
        Assert.InRange(online / registered, 0.80, 0.97);
        Assert.Equal(online, robots.Sum("robot_battery_level_robots"));
    }

    [Fact]
    public void Robots_online_follow_the_day_in_china_time()
    {
        var afternoon = new FleetHarness(start: FleetHarness.Afternoon).Scrape(Jobs.RobotDataService).Sum("robot_online_count");
        var night = new FleetHarness(start: FleetHarness.Afternoon.AddHours(13)).Scrape(Jobs.RobotDataService).Sum("robot_online_count");

        Assert.True(afternoon > night * 1.08, $"afternoon {afternoon} vs 03:00 {night}");
    }

    [Fact]
    public void Command_failure_ratio_is_below_one_percent_normally()
    {
        var fleet = new FleetHarness();
        var (commands, failures) = CommandRates(fleet);

        Assert.InRange(failures / commands, 0.003, 0.01);
    }

    [Fact]
    public void Each_webhook_pod_serves_200_to_400_requests_per_second_with_p95_near_80ms_and_few_5xx()
    {
        var fleet = new FleetHarness();
        var before = fleet.ScrapeFirst(Jobs.WebhookService);
        fleet.Run(Window);
        var after = fleet.ScrapeFirst(Jobs.WebhookService);

        var requests = Delta(before, after, "http_server_requests_seconds_count");
        var serverErrors = Delta(before, after, "http_server_requests_seconds_count", s => s.Label("status").StartsWith('5'));
        var p95 = Quantile(before, after, 0.95);

        Assert.InRange(requests / Window.TotalSeconds, 200, 400);
        // A fifth of the 99.95 % SLO budget (0.01 %): the demo starts without a burn-rate alert.
        Assert.InRange(serverErrors / requests, 0.00005, 0.0002);
        Assert.InRange(p95, 0.05, 0.1);
    }

    [Fact]
    public void Checkpoints_take_5_to_15_seconds_and_hold_a_few_gigabytes()
    {
        var fleet = new FleetHarness();
        for (var minute = 0; minute < 10; minute++)
        {
            fleet.Run(TimeSpan.FromMinutes(1));
            var jobManager = fleet.Scrape(Jobs.Flink);

            Assert.InRange(jobManager.Sum("flink_jobmanager_job_lastCheckpointDuration"), 5_000, 15_000);
            Assert.InRange(jobManager.Sum("flink_jobmanager_job_lastCheckpointSize"), 2e9, 6e9);
        }
    }

    [Fact]
    public void Kafka_consumer_lag_is_hundreds_of_messages_per_partition()
    {
        var fleet = new FleetHarness();
        fleet.Run(Window);

        var lags = fleet.Scrape(Jobs.Kafka).Series("kafka_consumergroup_lag").Select(s => s.Value).ToList();

        Assert.Equal(24, lags.Count);
        Assert.All(lags, lag => Assert.InRange(lag, 20, 1_500));
        Assert.InRange(lags.Average(), 100, 800);
    }

    internal static (double Commands, double Failures) CommandRates(FleetHarness fleet)
    {
        var before = fleet.Scrape(Jobs.RobotDataService);
        fleet.Run(Window);
        var after = fleet.Scrape(Jobs.RobotDataService);
        return (Delta(before, after, "robot_commands_total") / Window.TotalSeconds, Delta(before, after, "robot_command_failures_total") / Window.TotalSeconds);
    }

    internal static double Delta(ParsedExposition before, ParsedExposition after, string name, Func<ParsedSample, bool>? filter = null) =>
        after.Sum(name, filter) - before.Sum(name, filter);

    /// <summary>histogram_quantile over the increase of every series' buckets, as PromQL computes it.</summary>
    internal static double Quantile(ParsedExposition before, ParsedExposition after, double q)
    {
        var increases = after.Series("http_server_requests_seconds_bucket")
            .GroupBy(s => s.Label("le"))
            .Select(g => (Le: g.Key == "+Inf" ? double.PositiveInfinity : double.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture),
                Count: g.Sum(s => s.Value) - before.Series("http_server_requests_seconds_bucket").Where(b => b.Label("le") == g.Key).Sum(b => b.Value)))
            .OrderBy(b => b.Le)
            .ToList();
        var rank = q * increases[^1].Count;
        var lowerBound = 0.0;
        var lowerCount = 0.0;
        foreach (var (le, count) in increases)
        {
            if (count >= rank)
            {
                return double.IsPositiveInfinity(le) ? lowerBound : lowerBound + ((le - lowerBound) * (rank - lowerCount) / (count - lowerCount));
            }

            (lowerBound, lowerCount) = (le, count);
        }

        return lowerBound;
    }
}
