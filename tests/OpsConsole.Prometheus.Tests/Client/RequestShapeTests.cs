using System.Net;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class RequestShapeTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1732404299518);

    private readonly FakePrometheusHandler _handler = new();

    [Fact]
    public async Task Instant_query_is_posted_form_encoded_with_query_time_and_timeout()
    {
        _handler.RespondWithFixture("query_vector.json");
        using var harness = ClientHarness.Create(_handler, new Dictionary<string, string?> { ["Timeout"] = "00:00:12.5" });

        await harness.Client.QueryAsync("sum by (job) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))", At, Deadline.Test);

        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://prometheus.test:9090/api/v1/query", request.Uri.ToString());
        Assert.Equal("sum by (job) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))", request.Form["query"]);
        Assert.Equal("1732404299.518", request.Form["time"]);
        Assert.Equal("12.5", request.Form["timeout"]);
    }

    [Fact]
    public async Task Instant_query_without_a_time_lets_prometheus_use_its_now()
    {
        _handler.RespondWithFixture("query_vector.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.QueryAsync("up", time: null, Deadline.Test);

        Assert.False(_handler.SingleRequest.Form.ContainsKey("time"));
    }

    [Fact]
    public async Task Range_query_sends_start_end_and_step_in_seconds()
    {
        _handler.RespondWithFixture("query_matrix.json");
        using var harness = ClientHarness.Create(_handler);
        var start = DateTimeOffset.FromUnixTimeSeconds(1732404000);

        await harness.Client.QueryRangeAsync(
            new RangeQuery("rate(robot_commands_total[1m])", start, start.AddHours(1), TimeSpan.FromMilliseconds(1500)),
            Deadline.Test);

        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/v1/query_range", request.Uri.AbsolutePath);
        Assert.Equal("rate(robot_commands_total[1m])", request.Form["query"]);
        Assert.Equal("1732404000", request.Form["start"]);
        Assert.Equal("1732407600", request.Form["end"]);
        Assert.Equal("1.5", request.Form["step"]);
    }

    [Theory]
    [InlineData("http://gateway.test/prometheus")]
    [InlineData("http://gateway.test/prometheus/")]
    public async Task Requests_keep_the_path_prefix_of_the_url(string url)
    {
        _handler.RespondWithFixture("query_vector.json").RespondWithFixture("buildinfo.json");
        using var harness = ClientHarness.Create(_handler, new Dictionary<string, string?> { ["Url"] = url });

        await harness.Client.QueryAsync("up", null, Deadline.Test);
        await harness.Client.BuildInfoAsync(Deadline.Test);

        Assert.Equal(
            ["http://gateway.test/prometheus/api/v1/query", "http://gateway.test/prometheus/api/v1/status/buildinfo"],
            _handler.Requests.Select(r => r.Uri.ToString()));
    }

    [Fact]
    public async Task Series_is_a_get_with_every_matcher_and_the_window()
    {
        _handler.RespondWithFixture("series.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.SeriesAsync(
            ["robot_online_count{region=\"cn-east\"}", "up"], At.AddMinutes(-5), At, Deadline.Test);

        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/v1/series", request.Uri.AbsolutePath);
        Assert.Equal(["robot_online_count{region=\"cn-east\"}", "up"], request.Query["match[]"].Select(v => v!).ToList());
        Assert.Equal("1732403999.518", request.Query["start"]);
        Assert.Equal("1732404299.518", request.Query["end"]);
    }

    [Fact]
    public async Task Label_names_and_values_are_gets_on_their_endpoints()
    {
        _handler.RespondWithFixture("labels.json").RespondWithFixture("label_values.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.LabelNamesAsync(null, null, null, Deadline.Test);
        await harness.Client.LabelValuesAsync("job", ["up"], null, null, Deadline.Test);

        Assert.All(_handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
        Assert.Equal("/api/v1/labels", _handler.Requests[0].Uri.AbsolutePath);
        Assert.Empty(_handler.Requests[0].Query);
        Assert.Equal("/api/v1/label/job/values", _handler.Requests[1].Uri.AbsolutePath);
        Assert.Equal("up", _handler.Requests[1].Query["match[]"]);
    }

    [Theory]
    [InlineData("job\"} or vector(1) #")]
    [InlineData("9lives")]
    [InlineData("")]
    public async Task Label_values_refuses_an_invalid_label_name_without_sending(string name)
    {
        using var harness = ClientHarness.Create(_handler);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            harness.Client.LabelValuesAsync(name, null, null, null, Deadline.Test));
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(TargetStateFilter.Any, "any")]
    [InlineData(TargetStateFilter.Active, "active")]
    [InlineData(TargetStateFilter.Dropped, "dropped")]
    public async Task Targets_sends_the_state_filter(TargetStateFilter state, string expected)
    {
        _handler.RespondWithFixture("targets.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.TargetsAsync(state, Deadline.Test);

        Assert.Equal("/api/v1/targets", _handler.SingleRequest.Uri.AbsolutePath);
        Assert.Equal(expected, _handler.SingleRequest.Query["state"]);
    }

    [Theory]
    [InlineData(RuleTypeFilter.Any, null)]
    [InlineData(RuleTypeFilter.Alerting, "alert")]
    [InlineData(RuleTypeFilter.Recording, "record")]
    public async Task Rules_sends_the_type_filter(RuleTypeFilter type, string? expected)
    {
        _handler.RespondWithFixture("rules.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.RulesAsync(type, Deadline.Test);

        Assert.Equal("/api/v1/rules", _handler.SingleRequest.Uri.AbsolutePath);
        Assert.Equal(expected, _handler.SingleRequest.Query.TryGetValue("type", out var value) ? value.ToString() : null);
    }

    [Fact]
    public async Task Metadata_sends_metric_and_limit()
    {
        _handler.RespondWithFixture("metadata.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.MetadataAsync("robot_online_count", 5, Deadline.Test);

        Assert.Equal("/api/v1/metadata", _handler.SingleRequest.Uri.AbsolutePath);
        Assert.Equal("robot_online_count", _handler.SingleRequest.Query["metric"]);
        Assert.Equal("5", _handler.SingleRequest.Query["limit"]);
    }

    [Fact]
    public async Task Alerts_and_build_info_are_plain_gets()
    {
        _handler.RespondWithFixture("alerts.json").RespondWithFixture("buildinfo.json");
        using var harness = ClientHarness.Create(_handler);

        await harness.Client.AlertsAsync(Deadline.Test);
        await harness.Client.BuildInfoAsync(Deadline.Test);

        Assert.Equal(["/api/v1/alerts", "/api/v1/status/buildinfo"], _handler.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.All(_handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public async Task Query_body_is_form_urlencoded()
    {
        var handler = new ContentTypeRecorder();
        using var harness = ClientHarness.Create(handler);

        await harness.Client.QueryAsync("up", null, Deadline.Test);

        Assert.Equal("application/x-www-form-urlencoded", handler.MediaType);
    }

    private sealed class ContentTypeRecorder : HttpMessageHandler
    {
        public string? MediaType { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            MediaType = request.Content?.Headers.ContentType?.MediaType;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Fixture.Read("query_vector.json")),
                RequestMessage = request,
            });
        }
    }
}
