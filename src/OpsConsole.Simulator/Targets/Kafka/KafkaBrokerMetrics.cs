using System.Globalization;
using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Targets.Kafka;

/// <summary>One broker's JMX exporter: bytes in per topic, log sizes of the partitions it leads, leader count.</summary>
internal sealed class KafkaBrokerMetrics(KafkaClusterState cluster, int brokerIndex) : IMetricsProducer
{
    private const double DiskBytes = 500d * 1024 * 1024 * 1024;

    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        cluster.Fleet.AdvanceTo(now);
        cluster.AdvanceTo(now);
        var brokerId = KafkaTopology.BrokerIds[brokerIndex];

        writer.Family("kafka_server_brokertopicmetrics_bytesin_total", MetricType.Counter, "Bytes produced to this broker per topic.");
        for (var t = 0; t < KafkaTopology.Topics.Count; t++)
        {
            writer.Sample("kafka_server_brokertopicmetrics_bytesin_total", [new("topic", KafkaTopology.Topics[t].Name)], cluster.BytesIn(brokerIndex, t));
        }

        writer.Family("kafka_log_log_size", MetricType.Gauge, "Size of the partition log in bytes.");
        var led = 0;
        for (var t = 0; t < KafkaTopology.Topics.Count; t++)
        {
            for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
            {
                if (KafkaTopology.Leader(t, p) != brokerId)
                {
                    continue;
                }

                led++;
                writer.Sample("kafka_log_log_size", [new("partition", p.ToString(CultureInfo.InvariantCulture)), new("topic", KafkaTopology.Topics[t].Name)], cluster.LogBytes(t, p));
            }
        }

        writer.Family("kafka_server_replicamanager_leadercount", MetricType.Gauge, "Number of partitions this broker leads.");
        writer.Sample("kafka_server_replicamanager_leadercount", led);

        // The log directory's filesystem, as the node exporter beside the broker reports it.
        var used = 0.45 + (0.02 * cluster.Fleet.Noise.Smooth("disk-" + brokerId, now))
            + (0.47 * CapacityRamp.Progress(cluster.Fleet.Scenarios, ScenarioNames.CapacityKafkaDisk, now));
        ReadOnlySpan<Label> mount = [new("device", "/dev/nvme1n1"), new("fstype", "xfs"), new("mountpoint", "/var/lib/kafka")];
        writer.Family("node_filesystem_size_bytes", MetricType.Gauge, "Filesystem size in bytes.");
        writer.Sample("node_filesystem_size_bytes", mount, DiskBytes);
        writer.Family("node_filesystem_avail_bytes", MetricType.Gauge, "Filesystem space available to non-root users in bytes.");
        writer.Sample("node_filesystem_avail_bytes", mount, Math.Round(DiskBytes * (1 - Math.Min(0.99, used))));
    }
}
