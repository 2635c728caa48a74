using OpsConsole.Web.Explore.Completion;

namespace OpsConsole.Web.Tests.Explore;

public sealed class FuzzyRankTests
{
    private static readonly string[] Names =
    [
        "kafka_consumergroup_lag", "kafka_consumer_lag_offset", "kafka_brokers", "redis_memory_fragmentation_ratio",
        "redis_mem_fragmentation_ratio", "up", "http_request_duration_seconds_sum", "flink_taskmanager_cpu", "lag",
    ];

    [Fact]
    public void Exact_then_prefix_then_word_start_then_anywhere_then_subsequence()
    {
        var (top, matched) = FuzzyRank.Rank(Names, "lag", 10);

        // f-l-ink_t-a-skmana-g-er: the letters in order, ranked last.
        Assert.Equal(["lag", "kafka_consumergroup_lag", "kafka_consumer_lag_offset", "flink_taskmanager_cpu"], top);
        Assert.Equal(4, matched);
        Assert.Equal(["kafka_consumer_lag_offset", "kafka_consumergroup_lag"], FuzzyRank.Rank(Names, "kcl", 10).Top.Order().ToArray());
        Assert.Equal("redis_mem_fragmentation_ratio", FuzzyRank.Rank(Names, "REDIS_MEM", 1).Top.Single());
    }

    [Fact]
    public void The_answer_is_capped_and_says_how_many_matched()
    {
        var many = Enumerable.Range(0, 10_000).Select(i => $"generated_metric_{i:D5}_total").ToList();

        var (top, matched) = FuzzyRank.Rank(many, "metric_00", 100);

        Assert.Equal(100, top.Count);
        Assert.True(matched > 1_000, $"{matched}");
        Assert.All(top, name => Assert.Contains("metric_00", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_typed_lists_every_name_shortest_first()
    {
        var (top, matched) = FuzzyRank.Rank(Names, "", 3);

        Assert.Equal(["up", "lag", "kafka_brokers"], top);
        Assert.Equal(Names.Length, matched);
    }
}
