namespace OpsConsole.Simulator.Scenarios;

/// <summary>Every scenario the simulator knows.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        new(ScenarioNames.CommandFailureSpike, "Robot command failure ratio jumps to about 25% in every region."),
        new(ScenarioNames.CheckpointSlowdown, "Flink checkpoints take 160-240 s, some fail, RocksDB compaction backs up."),
        new(ScenarioNames.KafkaLagBuildup, "Flink consumes slower than Kafka produces: flink-consumer lag climbs steadily."),
        new(ScenarioNames.FleetGrowth, "Robots register and come online fast: about +30% every 10 minutes."),
        new(ScenarioNames.WebhookErrors, "Webhook pods answer about 10% of requests with 5xx and latency triples."),
        new(ScenarioNames.RedisPressure, "The Redis cache workload (with --redis) writes many large keys with long TTLs."),
        new(ScenarioNames.SloFastBurn, "Webhook 5xx at 1.5% of requests: a 30x burn of the 99.95% budget, pages within minutes."),
        new(ScenarioNames.SloSlowBurn, "Webhook 5xx at 0.2% of requests: a 4x burn of the 99.95% budget, a ticket but never a page."),
        new(ScenarioNames.CapacityFlinkCpu, "TaskManager CPU climbs linearly to about 82% over 20 minutes (trigger: 70% for 5m)."),
        new(ScenarioNames.CapacityKafkaPartition, "robot-telemetry partition 3 gains bytes-in linearly up to +12 MiB/s over 20 minutes (trigger: 10 MiB/s for 1h)."),
        new(ScenarioNames.CapacityRobotGrowth, "Online robots grow ever faster: the 10-minute growth climbs linearly toward 30% over 20 minutes (trigger: 20%)."),
        new(ScenarioNames.CapacityRedisMemory, "The Redis cache workload (with --redis) fills memory at a steady rate toward maxmemory (trigger: 80% for 10m)."),
        new(ScenarioNames.CapacityKafkaDisk, "Broker log disks fill linearly to about 92% over 20 minutes (trigger: 80% for 30m)."),
        new(ScenarioNames.CapacityWebhookCpu, "Webhook pod CPU climbs linearly to about 86% over 20 minutes (trigger: 75% for 5m)."),
        new(ScenarioNames.CapacityAll, "Every capacity-* scenario at once."),
    ];

    public static ScenarioDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
