using OpsConsole.Core.Metrics;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>Explore's codes (preset ids, error types, parser node kinds) in the user's words.</summary>
internal static class ExploreWords
{
    public static string PresetTitle(ExplorePreset preset) => preset.Id switch
    {
        "WebhookHotInstances" => ExploreText.PresetWebhookHotInstancesTitle,
        "KafkaLagByTopic" => ExploreText.PresetKafkaLagByTopicTitle,
        "RedisFragmentation" => ExploreText.PresetRedisFragmentationTitle,
        _ => preset.Id,
    };

    public static string PresetWhy(ExplorePreset preset) => preset.Id switch
    {
        "WebhookHotInstances" => ExploreText.PresetWebhookHotInstancesWhy,
        "KafkaLagByTopic" => ExploreText.PresetKafkaLagByTopicWhy,
        "RedisFragmentation" => ExploreText.PresetRedisFragmentationWhy,
        _ => string.Empty,
    };

    /// <summary>Prometheus's own text for what it rejected; our words for what kept it from answering.</summary>
    public static string QueryFailed(QueryError error) => error.ErrorType switch
    {
        MetricsQueryException.Unreachable => ExploreText.PrometheusUnreachable,
        "timeout" => ExploreText.PrometheusTimeout,
        _ => ExploreText.PrometheusSaid(error.Message),
    };

    public static string NodeKind(string kind) => kind switch
    {
        "AggregateExpr" => ExploreText.NodeAggregation,
        "BinaryExpr" => ExploreText.NodeBinary,
        "FunctionCall" => ExploreText.NodeFunction,
        "MatrixSelector" => ExploreText.NodeRangeSelector,
        "VectorSelector" => ExploreText.NodeSelector,
        "SubqueryExpr" => ExploreText.NodeSubquery,
        "OffsetExpr" => ExploreText.NodeOffset,
        "ParenExpr" => ExploreText.NodeParentheses,
        "UnaryExpr" => ExploreText.NodeUnary,
        "NumberDurationLiteral" => ExploreText.NodeNumber,
        "StringLiteral" => ExploreText.NodeString,
        "StepInvariantExpr" => ExploreText.NodeAt,
        _ => ExploreText.NodeOther,
    };
}
