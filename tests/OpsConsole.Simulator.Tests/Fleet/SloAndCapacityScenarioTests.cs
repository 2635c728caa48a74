using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Fleet;

public sealed class SloAndCapacityScenarioTests
{
    [Fact]
    public void At_rest_no_consumer_groups_lag_grows_by_1000_in_any_10_minutes_over_six_hours()
    {
        var fleet = new FleetHarness();
        var history = new List<Dictionary<string, double>>();
        for (var minute = 0; minute <= 6 * 60; minute++)
        {
            history.Add(fleet.Scrape(Jobs.Kafka).Series("kafka_consumergroup_lag")
                .GroupBy(s => s.Label("consumergroup") + "/" + s.Label("topic"))
                .ToDictionary(g => g.Key, g => g.Sum(s => s.Value)));
            fleet.Run(TimeSpan.FromMinutes(1));
        }

        var worst = Enumerable.Range(10, history.Count - 10)
            .SelectMany(i => history[i].Select(p => p.Value - history[i - 10][p.Key]))
            .Max();
        Assert.True(worst < 1000, $"KafkaConsumerLagGrowing fires on a 10-minute growth above 1000; the quiet fleet reached {worst:F0}");
    }

    [Theory]
    [InlineData(ScenarioNames.SloFastBurn, 14.4, 60)]
    [InlineData(ScenarioNames.SloSlowBurn, 3, 6)]
    public void A_burn_scenario_spends_the_webhook_budget_between_the_alert_factors(string scenario, double atLeast, double below)
    {
        var fleet = new FleetHarness();
        fleet.Scenarios.Activate(scenario);
        var before = fleet.Scrape(Jobs.WebhookService);
        fleet.Run(TimeSpan.FromMinutes(10));
        var after = fleet.Scrape(Jobs.WebhookService);

        bool User(ParsedSample s) => s.Label("uri") != "/actuator/health";
        var total = after.Sum("http_server_requests_seconds_count", User) - before.Sum("http_server_requests_seconds_count", User);
        bool Good(ParsedSample s) => User(s) && !s.Label("status").StartsWith('5') && s.Label("le") == "0.5";
        var good = after.Sum("http_server_requests_seconds_bucket", Good) - before.Sum("http_server_requests_seconds_bucket", Good);
        var burn = (1 - (good / total)) / 0.0005;

        Assert.InRange(burn, atLeast, below);
    }

    [Fact]
    public void A_capacity_scenario_moves_its_quantity_in_a_straight_line()
    {
        var fleet = new FleetHarness();
        double Cpu() => fleet.Scrape(Jobs.FlinkTaskManager).Series("flink_taskmanager_Status_JVM_CPU_Load").Max(s => s.Value);
        double DiskUsed() => fleet.Scrape(Jobs.KafkaBroker).Series("node_filesystem_avail_bytes").Max(s => 1 - (s.Value / (500d * 1024 * 1024 * 1024)));
        var (cpu0, disk0) = (Cpu(), DiskUsed());
        fleet.Scenarios.Activate(ScenarioNames.CapacityAll);

        fleet.Run(TimeSpan.FromMinutes(5));
        var (cpu5, disk5) = (Cpu(), DiskUsed());
        fleet.Run(TimeSpan.FromMinutes(5));
        var (cpu10, disk10) = (Cpu(), DiskUsed());

        // Equal steps in equal times (the baseline's own noise is a few points), and past the trigger by the end.
        Assert.InRange(cpu10 - cpu5, 0.5 * (cpu5 - cpu0), 1.5 * (cpu5 - cpu0));
        Assert.InRange(disk10 - disk5, 0.5 * (disk5 - disk0), 1.5 * (disk5 - disk0));
        fleet.Run(TimeSpan.FromMinutes(15));
        Assert.True(Cpu() > 0.7, $"TaskManager CPU {Cpu():P0} after the ramp");
        Assert.True(DiskUsed() > 0.8, $"broker disk {DiskUsed():P0} after the ramp");
    }
}
