namespace OpsConsole.Web.Explore;

/// <summary>
/// One of the seed's bottleneck queries, ready to run. <see cref="Id"/> names its title and its reason in
/// ExploreText (<c>Preset{Id}Title</c>, <c>Preset{Id}Why</c>); the expression reads the names the seed uses,
/// which the recording rules provide (deploy/prometheus/METRICS.md).
/// </summary>
public sealed record ExplorePreset(string Id, string Expression)
{
    public static IReadOnlyList<ExplorePreset> All { get; } =
    [
        new("WebhookHotInstances", "topk(3, sum(rate(http_request_duration_seconds_sum[1m])) by (pod))"),
        new("KafkaLagByTopic", "max(kafka_consumer_lag_offset{group=\"flink-consumer\"}) by (topic)"),
        new("RedisFragmentation", "redis_memory_fragmentation_ratio > 1.5"),
    ];
}
