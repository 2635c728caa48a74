using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Fleet;

public sealed class CounterMonotonicityTests
{
    private static readonly HashSet<string> RisingGauges =
    [
        "kafka_topic_partition_current_offset",
        "kafka_consumergroup_current_offset",
        "kafka_log_log_size",
        "flink_jobmanager_job_numberOfCompletedCheckpoints",
        "flink_jobmanager_job_numberOfFailedCheckpoints",
        "flink_jobmanager_job_uptime",
    ];

    [Fact]
    public void Counters_histograms_and_rising_gauges_never_decrease_as_time_advances()
    {
        var fleet = new FleetHarness();
        var previous = Snapshot(fleet);
        var changed = new HashSet<string>();

        // Scenario switches on and off, long and short gaps between scrapes, a night and a day.
        string?[] toggles = [null, ScenarioNames.CommandFailureSpike, ScenarioNames.KafkaLagBuildup, ScenarioNames.CheckpointSlowdown, ScenarioNames.WebhookErrors, ScenarioNames.FleetGrowth];
        for (var round = 0; round < 60; round++)
        {
            if (toggles[round % toggles.Length] is { } scenario)
            {
                _ = fleet.Scenarios.IsActive(scenario) ? fleet.Scenarios.Deactivate(scenario) : fleet.Scenarios.Activate(scenario);
            }

            fleet.Clock.Advance(round % 10 == 9 ? TimeSpan.FromHours(2) : TimeSpan.FromSeconds(7 + (round % 4 * 11)));
            var current = Snapshot(fleet);
            foreach (var (key, value) in current)
            {
                if (previous.TryGetValue(key, out var before))
                {
                    Assert.True(value >= before, $"{key} fell from {before} to {value} in round {round}");
                    if (value > before)
                    {
                        changed.Add(key);
                    }
                }
            }

            previous = current;
        }

        Assert.Contains(changed, k => k.Contains("/robot_commands_total{", StringComparison.Ordinal));
        Assert.Contains(changed, k => k.Contains("/http_server_requests_seconds_count{", StringComparison.Ordinal));
        Assert.Contains(changed, k => k.Contains("/kafka_consumergroup_current_offset{", StringComparison.Ordinal));
    }

    private static Dictionary<string, double> Snapshot(FleetHarness fleet)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (target, text) in fleet.ScrapeEach())
        {
            foreach (var family in ExpositionParser.Parse(text).Families.Values)
            {
                if (family.Type is "counter" or "histogram" || RisingGauges.Contains(family.Name))
                {
                    foreach (var sample in family.Samples)
                    {
                        values[target.Pod + "/" + sample.Key] = sample.Value;
                    }
                }
            }
        }

        return values;
    }
}
