using System.Net;
using System.Net.Sockets;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class ErrorMappingTests
{
    private readonly FakePrometheusHandler _handler = new();

    [Fact]
    public async Task Bad_data_keeps_prometheus_message_verbatim()
    {
        _handler.RespondWithFixture("error_bad_data.json", HttpStatusCode.BadRequest);
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("sum(", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.BadData, error.Type);
        Assert.Equal("bad_data", error.ErrorType);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis", error.Message);
        Assert.Equal("api/v1/query", error.Endpoint);
        Assert.False(error.IsUnreachable);
    }

    [Fact]
    public async Task Execution_error_from_422_is_typed_execution()
    {
        _handler.RespondWithFixture("error_execution.json", HttpStatusCode.UnprocessableEntity);
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("x", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.Execution, error.Type);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal("query processing would load too many samples into memory in query execution", error.Message);
    }

    [Fact]
    public async Task Timeout_error_from_503_is_typed_timeout_once_retries_are_spent()
    {
        _handler.RespondWithFixture("error_timeout.json", HttpStatusCode.ServiceUnavailable)
            .RespondWithFixture("error_timeout.json", HttpStatusCode.ServiceUnavailable)
            .RespondWithFixture("error_timeout.json", HttpStatusCode.ServiceUnavailable);
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("x", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.Timeout, error.Type);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("query timed out in expression evaluation", error.Message);
    }

    [Fact]
    public async Task A_proxy_html_502_gives_a_clear_message_with_the_status()
    {
        _handler.Respond(HttpStatusCode.BadGateway, Fixture.Read("proxy_502.html"), "text/html");
        using var harness = ClientHarness.Create(_handler, new Dictionary<string, string?> { ["Url"] = "http://gateway.test/prometheus" });

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("up", null, Deadline.Test));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(PrometheusErrorType.Unavailable, error.Type);
        Assert.Contains("HTTP 502 Bad Gateway", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://gateway.test/prometheus/api/v1/query", error.Message, StringComparison.Ordinal);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_text_proxy_error_is_quoted_in_the_message()
    {
        _handler.Respond(HttpStatusCode.GatewayTimeout, "upstream request timeout", "text/plain");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.BuildInfoAsync(Deadline.Test));

        Assert.Equal(504, error.StatusCode);
        Assert.Contains("\"upstream request timeout\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_envelope_with_status_200_is_still_an_error()
    {
        _handler.Respond(HttpStatusCode.OK, """{"status":"error","errorType":"internal","error":"something broke"}""");
        using var harness = ClientHarness.Create(_handler);

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("up", null, Deadline.Test));

        Assert.Equal(PrometheusErrorType.Internal, error.Type);
        Assert.Equal("something broke", error.Message);
    }

    [Fact]
    public async Task Connection_refused_is_unreachable_with_the_inner_exception()
    {
        using var harness = ClientHarness.Create(handler: null, new Dictionary<string, string?> { ["Url"] = $"http://127.0.0.1:{ClosedPort()}" });

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("up", null, Deadline.Test));

        Assert.True(error.IsUnreachable);
        Assert.Equal(MetricsQueryException.Unreachable, error.ErrorType);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.StartsWith("Could not reach Prometheus at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_that_outlives_the_timeout_is_unreachable()
    {
        _handler.Hang();
        using var harness = ClientHarness.Create(_handler, new Dictionary<string, string?> { ["Timeout"] = "00:00:00.050" });

        var error = await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("up", null, Deadline.Test));

        Assert.True(error.IsUnreachable);
        Assert.Contains("did not answer within 0.05 s", error.Message, StringComparison.Ordinal);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_an_error()
    {
        var started = new TaskCompletionSource();
        _handler.Hang(started);
        using var harness = ClientHarness.Create(_handler);
        using var cancellation = new CancellationTokenSource();

        var query = harness.Client.QueryAsync("up", null, cancellation.Token);
        await started.Task.WaitAsync(Deadline.Test);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
