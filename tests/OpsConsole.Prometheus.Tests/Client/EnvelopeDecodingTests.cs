using System.Net;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class EnvelopeDecodingTests
{
    private static readonly DateTimeOffset SampleTime = DateTimeOffset.FromUnixTimeMilliseconds(1732404299518);

    private readonly FakePrometheusHandler _handler = new();

    private async Task<QueryResult<QueryValue>> QueryFixture(string fixture)
    {
        _handler.RespondWithFixture(fixture);
        using var harness = ClientHarness.Create(_handler);
        return await harness.Client.QueryAsync("up", null, Deadline.Test);
    }

    [Fact]
    public async Task Vector_result_carries_labels_time_and_value_of_every_sample()
    {
        var result = await QueryFixture("query_vector.json");

        var vector = Assert.IsType<VectorValue>(result.Value);
        Assert.Equal(ResultType.Vector, vector.Type);
        Assert.Equal(2, vector.Samples.Count);
        var webhook = vector.Samples[0];
        Assert.Equal("up", webhook.Labels.MetricName);
        Assert.Equal("webhook-service-7c9d5b6f4-2xkqj", webhook.Labels["pod"]);
        Assert.Equal(new SamplePoint(SampleTime, 1), webhook.Point);
        Assert.Equal(0, vector.Samples[1].Point.Value);
        Assert.Empty(result.Warnings);
        Assert.Empty(result.Infos);
    }

    [Fact]
    public async Task Matrix_result_carries_every_series_and_point_in_order()
    {
        var result = await QueryFixture("query_matrix.json");

        var matrix = Assert.IsType<MatrixValue>(result.Value);
        Assert.Equal(["/webhook/robot-events", "/webhook/telemetry"], matrix.Series.Select(s => s.Labels["uri"]));
        var events = matrix.Series[0].Points;
        Assert.Equal(
            [DateTimeOffset.FromUnixTimeSeconds(1732404000), DateTimeOffset.FromUnixTimeSeconds(1732404015), DateTimeOffset.FromUnixTimeSeconds(1732404030)],
            events.Select(p => p.Timestamp));
        Assert.Equal(418.13333333333333, events[1].Value);
        Assert.True(double.IsNaN(events[2].Value));
    }

    [Fact]
    public async Task Scalar_result_is_one_point()
    {
        var result = await QueryFixture("query_scalar.json");

        var scalar = Assert.IsType<ScalarValue>(result.Value);
        Assert.Equal(new SamplePoint(SampleTime, 0.9995), scalar.Point);
    }

    [Fact]
    public async Task String_result_keeps_the_text_with_its_quotes()
    {
        var result = await QueryFixture("query_string.json");

        var text = Assert.IsType<StringValue>(result.Value);
        Assert.Equal("fleet \"east\"", text.Value);
        Assert.Equal(SampleTime, text.Timestamp);
    }

    [Fact]
    public async Task NaN_and_infinities_in_the_wire_format_become_doubles()
    {
        var result = await QueryFixture("query_vector_special_values.json");

        var values = Assert.IsType<VectorValue>(result.Value).Samples.Select(s => s.Point.Value).ToList();
        Assert.True(double.IsNaN(values[0]));
        Assert.Equal(double.PositiveInfinity, values[1]);
        Assert.Equal(double.NegativeInfinity, values[2]);
        Assert.Equal(0.0015, values[3]);
    }

    [Fact]
    public async Task Warnings_and_infos_come_back_with_the_result()
    {
        var result = await QueryFixture("query_with_warnings_and_infos.json");

        Assert.True(result.HasWarnings);
        Assert.Equal(
            "PromQL warning: encountered a mix of histograms and floats for metric name \"robot_metadata_sync_latency_seconds\"",
            Assert.Single(result.Warnings));
        Assert.StartsWith("PromQL info: metric might not be a counter", Assert.Single(result.Infos), StringComparison.Ordinal);
        Assert.Single(Assert.IsType<VectorValue>(result.Value).Samples);
    }

    [Fact]
    public async Task Result_type_written_after_the_result_is_still_understood()
    {
        _handler.Respond(HttpStatusCode.OK,
            """{"data":{"result":[{"metric":{},"value":[1732404299.518,"2"]}],"resultType":"vector"},"status":"success"}""");
        using var harness = ClientHarness.Create(_handler);

        var result = await harness.Client.QueryAsync("vector(2)", null, Deadline.Test);

        Assert.Equal(2, Assert.Single(Assert.IsType<VectorValue>(result.Value).Samples).Point.Value);
    }

    [Fact]
    public async Task Range_query_returns_the_matrix_series()
    {
        _handler.RespondWithFixture("query_matrix.json");
        using var harness = ClientHarness.Create(_handler);
        var start = DateTimeOffset.FromUnixTimeSeconds(1732404000);

        var result = await harness.Client.QueryRangeAsync(
            new RangeQuery("x", start, start.AddSeconds(30), TimeSpan.FromSeconds(15)), Deadline.Test);

        Assert.Equal(2, result.Value.Count);
        Assert.Equal(3, result.Value[1].Points.Count);
    }

    [Fact]
    public async Task A_success_answer_that_is_not_an_envelope_is_a_bad_response()
    {
        _handler.Respond(HttpStatusCode.OK, "<html><body>Grafana login</body></html>", "text/html");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("up", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.BadResponse, error.Type);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("not a Prometheus API response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_sample_value_is_a_bad_response()
    {
        _handler.Respond(HttpStatusCode.OK,
            """{"status":"success","data":{"resultType":"scalar","result":[1732404299.518,"one"]}}""");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("1", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.BadResponse, error.Type);
        Assert.Contains("\"one\"", error.Message, StringComparison.Ordinal);
    }
}
