using System.Net;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class MetricsSourceTests
{
    private readonly FakePrometheusHandler _handler = new();

    [Fact]
    public async Task An_instant_vector_becomes_samples_with_warnings_kept()
    {
        _handler.RespondWithFixture("query_with_warnings_and_infos.json");
        using var harness = ClientHarness.Create(_handler);

        var result = await harness.MetricsSource.QueryAsync("robot_online_count", null, Deadline.Test);

        Assert.Equal("cn-east", Assert.Single(result.Value).Labels["region"]);
        Assert.Single(result.Warnings);
        Assert.Single(result.Infos);
    }

    [Fact]
    public async Task A_scalar_becomes_one_sample_without_labels()
    {
        _handler.RespondWithFixture("query_scalar.json");
        using var harness = ClientHarness.Create(_handler);

        var result = await harness.MetricsSource.QueryAsync("scalar(x)", null, Deadline.Test);

        var sample = Assert.Single(result.Value);
        Assert.Equal(LabelSet.Empty, sample.Labels);
        Assert.Equal(0.9995, sample.Point.Value);
    }

    [Fact]
    public async Task A_range_vector_where_an_instant_is_needed_is_a_query_error()
    {
        _handler.RespondWithFixture("query_matrix.json");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<MetricsQueryException>(() => harness.MetricsSource.QueryAsync("up[5m]", null, Deadline.Test));

        Assert.Equal("bad_data", error.ErrorType);
        Assert.Contains("matrix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Range_queries_return_the_series_and_errors_stay_typed()
    {
        _handler.RespondWithFixture("query_matrix.json").RespondWithFixture("error_bad_data.json", HttpStatusCode.BadRequest);
        using var harness = ClientHarness.Create(_handler);
        var query = new RangeQuery("x", DateTimeOffset.FromUnixTimeSeconds(1732404000), DateTimeOffset.FromUnixTimeSeconds(1732404030), TimeSpan.FromSeconds(15));

        var result = await harness.MetricsSource.QueryRangeAsync(query, Deadline.Test);
        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.MetricsSource.QueryRangeAsync(query, Deadline.Test));

        Assert.Equal(2, result.Value.Count);
        Assert.Equal("bad_data", error.ErrorType);
    }
}
