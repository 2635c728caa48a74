namespace OpsConsole.Simulator.Targets.Kafka;

/// <summary>The cluster's fixed shape: brokers, topics, partitions, leaders and consumer groups.</summary>
internal static class KafkaTopology
{
    public const int PartitionsPerTopic = 6;
    public const int ReplicationFactor = 3;

    public static IReadOnlyList<int> BrokerIds { get; } = [1, 2, 3];

    public static IReadOnlyList<KafkaTopic> Topics { get; } =
    [
        new("robot-events", 1_200),
        new("robot-telemetry", 2_600),
        new("robot-commands", 450),
    ];

    public static IReadOnlyList<KafkaConsumerGroup> Groups { get; } =
    [
        new("flink-consumer", [0, 1]),
        new("robot-data-service", [2, 0]),
    ];

    /// <summary>Leaders are spread round-robin so every broker leads the same number of partitions.</summary>
    public static int Leader(int topic, int partition) => BrokerIds[(partition + topic) % BrokerIds.Count];
}

internal sealed record KafkaTopic(string Name, double AverageMessageBytes);

internal sealed record KafkaConsumerGroup(string Name, int[] Topics);
