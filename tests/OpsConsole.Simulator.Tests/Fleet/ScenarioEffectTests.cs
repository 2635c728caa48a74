using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Fleet;

/// <summary>Each scenario does what the alert that watches it needs.</summary>
public sealed class ScenarioEffectTests
{
    [Fact]
    public void Command_failure_spike_pushes_the_failure_ratio_over_ten_percent_and_back()
    {
        var fleet = new FleetHarness();

        fleet.Scenarios.Activate(ScenarioNames.CommandFailureSpike);
        var (spikeCommands, spikeFailures) = BaselineMagnitudeTests.CommandRates(fleet);
        fleet.Scenarios.Deactivate(ScenarioNames.CommandFailureSpike);
        var (commands, failures) = BaselineMagnitudeTests.CommandRates(fleet);

        Assert.InRange(spikeFailures / spikeCommands * 100, 20, 30);
        Assert.True(failures / commands * 100 < 1, $"{failures / commands:P2} after the spike");
    }

    [Fact]
    public void Checkpoint_slowdown_makes_checkpoints_take_over_150_seconds_and_fail()
    {
        var fleet = new FleetHarness();
        var before = fleet.Scrape(Jobs.Flink);

        fleet.Scenarios.Activate(ScenarioNames.CheckpointSlowdown);
        var immediately = fleet.Scrape(Jobs.Flink);
        fleet.Run(TimeSpan.FromMinutes(15));
        var after = fleet.Scrape(Jobs.Flink);

        Assert.True(immediately.Sum("flink_jobmanager_job_lastCheckpointDuration") > 150_000);
        Assert.True(after.Sum("flink_jobmanager_job_lastCheckpointDuration") > 150_000);
        Assert.True(BaselineMagnitudeTests.Delta(before, after, "flink_jobmanager_job_numberOfFailedCheckpoints") >= 2);
        Assert.True(fleet.Scrape(Jobs.FlinkTaskManager).Sum("flink_taskmanager_job_task_operator_rocksdb_estimate_pending_compaction_bytes") > 4e9);
    }

    [Fact]
    public void Kafka_lag_buildup_grows_flink_consumer_lag_to_tens_of_thousands_and_it_drains_afterwards()
    {
        var fleet = new FleetHarness();
        var normal = FlinkLag(fleet);

        fleet.Scenarios.Activate(ScenarioNames.KafkaLagBuildup);
        fleet.Run(TimeSpan.FromMinutes(5));
        var fiveMinutes = FlinkLag(fleet);
        fleet.Run(TimeSpan.FromMinutes(5));
        var tenMinutes = FlinkLag(fleet);
        var otherGroup = fleet.Scrape(Jobs.Kafka).Sum("kafka_consumergroup_lag", s => s.Label("consumergroup") == "robot-data-service");

        fleet.Scenarios.Deactivate(ScenarioNames.KafkaLagBuildup);
        fleet.Run(TimeSpan.FromMinutes(30));
        var drained = FlinkLag(fleet);

        Assert.True(tenMinutes > 50_000, $"lag after 10 minutes: {tenMinutes}");
        Assert.True(tenMinutes > fiveMinutes * 1.5 && fiveMinutes > normal * 10, $"{normal} -> {fiveMinutes} -> {tenMinutes}");
        Assert.True(otherGroup < 12 * 1_500, $"robot-data-service lag {otherGroup} should stay normal");
        Assert.True(drained < normal * 3, $"lag {drained} 30 minutes after the buildup ended, normal is {normal}");
        Assert.True(fleet.Scrape(Jobs.FlinkTaskManager).Series("flink_taskmanager_job_task_operator_currentEmitEventTimeLag").All(s => s.Value < 10_000));
    }

    [Fact]
    public void Fleet_growth_grows_robots_online_by_more_than_twenty_percent_in_ten_minutes()
    {
        var fleet = new FleetHarness();
        var before = fleet.Scrape(Jobs.RobotDataService).Sum("robot_online_count");

        fleet.Scenarios.Activate(ScenarioNames.FleetGrowth);
        fleet.Run(TimeSpan.FromMinutes(10));
        var after = fleet.Scrape(Jobs.RobotDataService);

        Assert.True(after.Sum("robot_online_count") > before * 1.2, $"{before} -> {after.Sum("robot_online_count")}");
        Assert.True(after.Sum("robot_online_count") <= after.Sum("robot_registered_count"));
    }

    [Fact]
    public void Webhook_errors_raise_the_5xx_ratio_to_about_ten_percent_and_slow_requests_down()
    {
        var fleet = new FleetHarness();
        var start = fleet.ScrapeFirst(Jobs.WebhookService);
        fleet.Run(TimeSpan.FromMinutes(5));
        var normal = fleet.ScrapeFirst(Jobs.WebhookService);

        fleet.Scenarios.Activate(ScenarioNames.WebhookErrors);
        fleet.Run(TimeSpan.FromMinutes(5));
        var incident = fleet.ScrapeFirst(Jobs.WebhookService);

        var requests = BaselineMagnitudeTests.Delta(normal, incident, "http_server_requests_seconds_count");
        var errors = BaselineMagnitudeTests.Delta(normal, incident, "http_server_requests_seconds_count", s => s.Label("outcome") == "SERVER_ERROR");
        Assert.InRange(errors / requests, 0.08, 0.12);
        Assert.True(BaselineMagnitudeTests.Quantile(normal, incident, 0.95) > 2 * BaselineMagnitudeTests.Quantile(start, normal, 0.95));
    }

    private static double FlinkLag(FleetHarness fleet) =>
        fleet.Scrape(Jobs.Kafka).Sum("kafka_consumergroup_lag", s => s.Label("consumergroup") == "flink-consumer");
}
