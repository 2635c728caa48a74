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
    public const string SloFastBurn = "slo-fast-burn";
    public const string SloSlowBurn = "slo-slow-burn";
    public const string CapacityFlinkCpu = "capacity-flink-cpu";
    public const string CapacityKafkaPartition = "capacity-kafka-partition";
    public const string CapacityRobotGrowth = "capacity-robot-growth";
    public const string CapacityRedisMemory = "capacity-redis-memory";
    public const string CapacityKafkaDisk = "capacity-kafka-disk";
    public const string CapacityWebhookCpu = "capacity-webhook-cpu";
    public const string CapacityAll = "capacity-all";
}
