namespace OpsConsole.Simulator.Scenarios;

/// <summary>The scenario switches, by the name the control API uses.</summary>
public static class ScenarioNames
{
    public const string CommandFailureSpike = "command-failure-spike";
    public const string CheckpointSlowdown = "checkpoint-slowdown";
    public const string KafkaLagBuildup = "kafka-lag-buildup";
    public const string FleetGrowth = "fleet-growth";
    public const string WebhookErrors = "webhook-errors";
    public const string RedisPressure = "redis-pressure";
}
