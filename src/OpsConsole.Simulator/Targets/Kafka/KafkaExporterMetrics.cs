using System.Globalization;
using OpsConsole.Simulator.Exposition;

namespace OpsConsole.Simulator.Targets.Kafka;

/// <summary>kafka_exporter: cluster shape, partition offsets and consumer group lag.</summary>
internal sealed class KafkaExporterMetrics(KafkaClusterState cluster) : IMetricsProducer
{
    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        cluster.Fleet.AdvanceTo(now);
        cluster.AdvanceTo(now);
        var topics = KafkaTopology.Topics;

        writer.Family("kafka_brokers", MetricType.Gauge, "Number of Brokers in the Kafka Cluster.");
        writer.Sample("kafka_brokers", KafkaTopology.BrokerIds.Count);

        writer.Family("kafka_topic_partitions", MetricType.Gauge, "Number of partitions for this Topic");
        foreach (var topic in topics)
        {
            writer.Sample("kafka_topic_partitions", [new("topic", topic.Name)], KafkaTopology.PartitionsPerTopic);
        }

        writer.Family("kafka_topic_partition_current_offset", MetricType.Gauge, "Current Offset of a Broker at Topic/Partition");
        ForEachPartition(writer, "kafka_topic_partition_current_offset", cluster.ProducedOffset);

        writer.Family("kafka_topic_partition_leader", MetricType.Gauge, "Leader Broker ID of this Topic/Partition");
        ForEachPartition(writer, "kafka_topic_partition_leader", (t, p) => KafkaTopology.Leader(t, p));

        writer.Family("kafka_topic_partition_in_sync_replica", MetricType.Gauge, "Number of In-Sync Replicas for this Topic/Partition");
        ForEachPartition(writer, "kafka_topic_partition_in_sync_replica", (_, _) => KafkaTopology.ReplicationFactor);

        writer.Family("kafka_consumergroup_current_offset", MetricType.Gauge, "Current Offset of a ConsumerGroup at Topic/Partition");
        ForEachGroupPartition(writer, "kafka_consumergroup_current_offset", cluster.ConsumedOffset);

        writer.Family("kafka_consumergroup_lag", MetricType.Gauge, "Current Approximate Lag of a ConsumerGroup at Topic/Partition");
        ForEachGroupPartition(writer, "kafka_consumergroup_lag", cluster.Lag);
    }

    private static void ForEachPartition(ExpositionWriter writer, string name, Func<int, int, double> value)
    {
        for (var t = 0; t < KafkaTopology.Topics.Count; t++)
        {
            for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
            {
                writer.Sample(name, [new("partition", p.ToString(CultureInfo.InvariantCulture)), new("topic", KafkaTopology.Topics[t].Name)], value(t, p));
            }
        }
    }

    private static void ForEachGroupPartition(ExpositionWriter writer, string name, Func<int, int, int, double> value)
    {
        for (var g = 0; g < KafkaTopology.Groups.Count; g++)
        {
            foreach (var t in KafkaTopology.Groups[g].Topics)
            {
                for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
                {
                    Label[] labels =
                    [
                        new("consumergroup", KafkaTopology.Groups[g].Name),
                        new("partition", p.ToString(CultureInfo.InvariantCulture)),
                        new("topic", KafkaTopology.Topics[t].Name),
                    ];
                    writer.Sample(name, labels, value(g, t, p));
                }
            }
        }
    }
}
