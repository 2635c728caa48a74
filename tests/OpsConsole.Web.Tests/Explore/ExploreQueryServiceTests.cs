using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Tests.Explore;

public sealed class ExploreQueryServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private readonly FakePrometheusClient _prometheus = new();

    [Fact]
    public async Task A_fine_range_is_thinned_to_two_points_per_pixel_and_the_series_are_capped()
    {
        RangeQuery? asked = null;
        _prometheus.Range = (query, _) =>
        {
            asked = query;
            return Task.FromResult<IReadOnlyList<MetricSeries>>([.. Enumerable.Range(0, 5).Select(i => new MetricSeries(
                new LabelSet([new("pod", $"p{i}")]),
                [.. Enumerable.Range(0, 10_000).Select(t => new SamplePoint(query.Start.AddSeconds(t), Math.Sin(t)))]))]);
        };

        var outcome = await Service(maxSeries: 3).RangeAsync("up", Now.AddHours(-3), Now, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(1), asked!.Step);
        Assert.Equal(5, outcome.Value!.TotalSeries);
        Assert.Equal(3, outcome.Value.Series.Count);
        Assert.All(outcome.Value.Series, s => Assert.Equal(2 * ExploreQueryService.ChartWidthPixels, s.Points.Count));
        Assert.Equal(["a warning"], outcome.Warnings);
        Assert.Equal(["an info"], outcome.Infos);
    }

    [Fact]
    public async Task A_step_that_would_exceed_Prometheus_point_limit_is_replaced_by_the_automatic_one()
    {
        RangeQuery? asked = null;
        _prometheus.Range = (query, _) =>
        {
            asked = query;
            return Task.FromResult<IReadOnlyList<MetricSeries>>([]);
        };

        await Service().RangeAsync("up", Now.AddDays(-7), Now, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.True(StepPolicy.PointCount(TimeSpan.FromDays(7), asked!.Step) <= StepPolicy.MaxPointsPerSeries);
    }

    [Fact]
    public async Task A_parse_error_comes_back_with_its_position()
    {
        _prometheus.Failure = new PrometheusApiException("bad_data", 400,
            "invalid parameter \"query\": 1:17: parse error: unclosed left parenthesis", "api/v1/query");

        var outcome = await Service().InstantAsync("sum(rate(up[1m])", Now, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(("bad_data", 16), (outcome.Error!.ErrorType, outcome.Error.Offset));
    }

    [Fact]
    public async Task Cancelling_ends_the_query()
    {
        _prometheus.Range = async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return [];
        };
        using var cancel = new CancellationTokenSource();

        var running = Service().RangeAsync("up", Now.AddHours(-1), Now, null, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task A_node_reports_its_series_and_each_label_with_its_value_count()
    {
        _prometheus.Instant = _ => new VectorValue(
        [
            Sample(("__name__", "kafka_consumer_lag_offset"), ("topic", "robot-events"), ("partition", "0")),
            Sample(("__name__", "kafka_consumer_lag_offset"), ("topic", "robot-events"), ("partition", "1")),
            Sample(("__name__", "kafka_consumer_lag_offset"), ("topic", "robot-telemetry"), ("partition", "0")),
        ]);

        var outcome = await Service().NodeStatsAsync("kafka_consumer_lag_offset", Now, CancellationToken.None);

        var stats = outcome.Value!;
        Assert.Equal(("vector", 3), (stats.ResultType, stats.SeriesCount));
        Assert.Equal(["__name__", "partition", "topic"], stats.Labels.Select(l => l.Name).ToArray());
        Assert.Equal([1, 2, 2], stats.Labels.Select(l => l.DistinctValues).ToArray());
        Assert.Equal(["robot-events", "robot-telemetry"], stats.Labels[2].TopValues);
    }

    private static InstantSample Sample(params (string Name, string Value)[] labels) =>
        new(new LabelSet(labels.Select(l => new KeyValuePair<string, string>(l.Name, l.Value))), new SamplePoint(Now, 1));

    private ExploreQueryService Service(int maxSeries = 200) => new(
        _prometheus, new FakeTimeProvider(Now), new StaticOptions<ExploreOptions>(new ExploreOptions { MaxGraphSeries = maxSeries }),
        new StaticOptions<PanelFeedOptions>(new PanelFeedOptions()));
}
