using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Explore.Completion;

namespace OpsConsole.Web.Tests.Explore;

public sealed class CompletionServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly FakePrometheusClient _prometheus = new();
    private readonly ExploreOptions _options = new() { MaxCompletions = 50 };

    [Fact]
    public async Task Metric_names_come_ranked_capped_and_with_their_metadata_from_one_cached_lookup()
    {
        _prometheus.LabelValues["__name__"] = [.. Enumerable.Range(0, 10_000).Select(i => $"gen_metric_{i:D5}"), "kafka_consumer_lag_offset"];
        _prometheus.Metadata["kafka_consumer_lag_offset"] = [new MetricMetadata(MetricType.Gauge, "Lag in messages", "")];
        var completions = Service();

        var lag = await completions.MetricNamesAsync("kafka_cons", 10, CancellationToken.None);
        var many = await completions.MetricNamesAsync("gen", 500, CancellationToken.None);

        var metric = Assert.Single(lag.Metrics);
        Assert.Equal(("kafka_consumer_lag_offset", "gauge", "Lag in messages"), (metric.Name, metric.Type, metric.Help));
        Assert.False(lag.Truncated);
        Assert.Equal(50, many.Metrics.Count);
        Assert.True(many.Truncated);
        Assert.Single(_prometheus.LabelValueCalls);
        var call = _prometheus.LabelValueCalls[0];
        Assert.Equal(_time.GetUtcNow() - _options.CompletionLookback, call.Start);
        Assert.Equal(_time.GetUtcNow(), call.End);
    }

    [Fact]
    public async Task Label_values_are_asked_with_a_match_selector_and_a_time_bound_never_through_series()
    {
        _prometheus.LabelValues["topic"] = ["robot-events", "robot-telemetry", "robot-commands"];
        var completions = Service();

        var answer = await completions.LabelValuesAsync("topic", "kafka_consumer_lag_offset",
            [new CompletionMatcher("group", "=", "flink\"consumer"), new CompletionMatcher("bad name", "=", "x")], "tele", 10, CancellationToken.None);

        Assert.Equal(["robot-telemetry"], answer.Values);
        var call = Assert.Single(_prometheus.LabelValueCalls);
        Assert.Equal(["{__name__=\"kafka_consumer_lag_offset\",group=\"flink\\\"consumer\"}"], call.Matchers);
        Assert.NotNull(call.Start);
        Assert.DoesNotContain("series", _prometheus.Calls);
    }

    [Fact]
    public async Task The_cache_expires_and_a_failed_lookup_is_not_kept()
    {
        _prometheus.LabelValues["job"] = ["flink"];
        var completions = Service();
        _prometheus.Failure = new OpsConsole.Prometheus.PrometheusApiException("unreachable", null, "down", "api/v1/label/job/values");

        await Assert.ThrowsAsync<OpsConsole.Prometheus.PrometheusApiException>(
            () => completions.LabelValuesAsync("job", null, [], null, 10, CancellationToken.None));
        _prometheus.Failure = null;
        var first = await completions.LabelValuesAsync("job", null, [], null, 10, CancellationToken.None);
        _prometheus.LabelValues["job"] = ["flink", "kafka"];
        var cached = await completions.LabelValuesAsync("job", null, [], null, 10, CancellationToken.None);
        _time.Advance(_options.CompletionCacheLifetime + TimeSpan.FromSeconds(1));
        var fresh = await completions.LabelValuesAsync("job", null, [], null, 10, CancellationToken.None);

        Assert.Equal(["flink"], first.Values);
        Assert.Equal(["flink"], cached.Values);
        Assert.Equal(["flink", "kafka"], fresh.Values);
        Assert.Equal(3, _prometheus.LabelValueCalls.Count);
    }

    [Fact]
    public async Task Label_names_are_narrowed_by_the_metric()
    {
        _prometheus.LabelNames = ["__name__", "consumergroup", "group", "topic", "partition"];
        var completions = Service();

        var answer = await completions.LabelNamesAsync("kafka_consumer_lag_offset", "gr", 10, CancellationToken.None);

        Assert.Equal(["group", "consumergroup"], answer.Values);
        Assert.Contains("labels {__name__=\"kafka_consumer_lag_offset\"}", _prometheus.Calls);
    }

    private CompletionService Service() => new(_prometheus, _time, new StaticOptions<ExploreOptions>(_options));
}

internal sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
