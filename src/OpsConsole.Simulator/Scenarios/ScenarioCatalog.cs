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
    ];

    public static ScenarioDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
