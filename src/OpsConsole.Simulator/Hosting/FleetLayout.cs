using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Targets.Flink;
using OpsConsole.Simulator.Targets.Kafka;
using OpsConsole.Simulator.Targets.RobotData;
using OpsConsole.Simulator.Targets.Webhook;

namespace OpsConsole.Simulator.Hosting;

/// <summary>Which targets the fleet has at start, and how a new webhook pod is made.</summary>
internal sealed class FleetLayout(DateTimeOffset start, FleetState fleet, KafkaClusterState cluster, Func<int> webhookPodCount)
{
    private const string WebhookReplicaSet = "webhook-service-7d9f8c6b5";
    private static readonly string[] MetricsOnly = ["/metrics"];

    public IEnumerable<TargetSpec> Initial()
    {
        yield return new TargetSpec(Jobs.RobotDataService, "robot-data-service", PodName("robot-data-service-5f7b9c8d6"), MetricsOnly, new RobotDataServiceMetrics(start, fleet));
        for (var i = 0; i < 3; i++)
        {
            yield return WebhookPod();
        }

        yield return new TargetSpec(Jobs.Flink, "flink", PodName("flink-jobmanager-6b8d7c9f4"), ["/jobmanager/metrics", "/metrics"], new FlinkJobManagerMetrics(start, fleet));
        for (var i = 0; i < 2; i++)
        {
            var pod = $"{FlinkJob.Name}-taskmanager-1-{i + 1}";
            yield return new TargetSpec(Jobs.FlinkTaskManager, "flink", pod, MetricsOnly, new FlinkTaskManagerMetrics(cluster, i, pod));
        }

        yield return new TargetSpec(Jobs.Kafka, "kafka", PodName("kafka-exporter-84c6f7d9b"), MetricsOnly, new KafkaExporterMetrics(cluster));
        for (var i = 0; i < KafkaTopology.BrokerIds.Count; i++)
        {
            yield return new TargetSpec(Jobs.KafkaBroker, "kafka", $"kafka-{i}", MetricsOnly, new KafkaBrokerMetrics(cluster, i));
        }
    }

    public TargetSpec WebhookPod()
    {
        var pod = PodName(WebhookReplicaSet);
        return new TargetSpec(Jobs.WebhookService, "webhook-service", pod, MetricsOnly, new WebhookPodMetrics(start, fleet, webhookPodCount, pod));
    }

    private string PodName(string prefix) => $"{prefix}-{fleet.Noise.NextToken(5)}";
}
