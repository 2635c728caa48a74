using System.Net;
using System.Net.Sockets;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class RetryTests
{
    private const string NotReady = """{"status":"error","errorType":"unavailable","error":"Service Unavailable"}""";

    private readonly FakePrometheusHandler _handler = new();

    [Fact]
    public async Task A_503_is_retried_and_the_next_answer_returned()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable, NotReady).RespondWithFixture("query_vector.json");
        using var harness = ClientHarness.Create(_handler);

        var result = await harness.Client.QueryAsync("up", null, Deadline.Test);

        Assert.Equal(2, Assert.IsType<VectorValue>(result.Value).Samples.Count);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_retried_query_sends_the_same_form_again()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable, NotReady).RespondWithFixture("query_vector.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.QueryAsync("sum(up)", DateTimeOffset.FromUnixTimeSeconds(1732404000), Deadline.Test);

        Assert.All(_handler.Requests, r =>
        {
            Assert.Equal("sum(up)", r.Form["query"]);
            Assert.Equal("1732404000", r.Form["time"]);
        });
    }

    [Fact]
    public async Task A_network_error_is_retried()
    {
        _handler.Throw(new HttpRequestException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)))
            .RespondWithFixture("targets.json");
        using var harness = ClientHarness.Create(_handler);

        var targets = await harness.Client.TargetsAsync(TargetStateFilter.Any, Deadline.Test);

        Assert.Equal(3, targets.Active.Count);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_two_and_the_last_failure_is_reported()
    {
        var reset = new HttpRequestException("Connection reset by peer");
        _handler.Throw(reset).Respond(HttpStatusCode.ServiceUnavailable, NotReady).Throw(reset);
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.BuildInfoAsync(Deadline.Test));

        Assert.True(error.IsUnreachable);
        Assert.Same(reset, error.InnerException);
        Assert.Equal(3, _handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "error_bad_data.json")]
    [InlineData(HttpStatusCode.UnprocessableEntity, "error_execution.json")]
    public async Task A_query_prometheus_refused_is_not_retried(HttpStatusCode status, string fixture)
    {
        _handler.RespondWithFixture(fixture, status);
        using var harness = ClientHarness.Create(_handler);

        await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("sum(", null, Deadline.Test));

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task Other_server_errors_are_not_retried(HttpStatusCode status)
    {
        _handler.Respond(status, "oops", "text/plain");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.AlertsAsync(Deadline.Test));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Single(_handler.Requests);
    }
}
