namespace OpsConsole.Simulator.Hosting;

/// <summary>The Prometheus job names of the simulated fleet.</summary>
public static class Jobs
{
    public const string RobotDataService = "robot-data-service";
    public const string WebhookService = "webhook-service";
    public const string Flink = "flink";
    public const string FlinkTaskManager = "flink-taskmanager";
    public const string Kafka = "kafka";
    public const string KafkaBroker = "kafka-broker";

    public static IReadOnlyList<string> All { get; } = [RobotDataService, WebhookService, Flink, FlinkTaskManager, Kafka, KafkaBroker];
}
