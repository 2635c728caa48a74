using System.Text.Json;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Prometheus.Tests.Support;
using static OpsConsole.Prometheus.Tests.Alertmanager.AlertmanagerHarness;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

public sealed class AlertmanagerRequestTests
{
    private readonly FakeAlertmanagers _handler = new();

    [Fact]
    public async Task Alerts_are_read_with_filter_matchers_and_state_flags()
    {
        _handler.Ok(First, "[]");
        using var harness = Create(_handler);

        await harness.Client.GetAlertsAsync(new AlertFilter
        {
            Matchers = MatcherParser.Parse("""alertname="X", severity=~"crit.*" """),
            Silenced = false,
            Receiver = "console-.*",
        }, Deadline.Test);

        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/v2/alerts", request.Uri.AbsolutePath);
        Assert.Equal(new[] { "alertname=\"X\"", "severity=~\"crit.*\"" }, request.Query["filter"].Select(v => v!));
        Assert.Equal("true", request.Query["active"]);
        Assert.Equal("false", request.Query["silenced"]);
        Assert.Equal("true", request.Query["inhibited"]);
        Assert.Equal("true", request.Query["unprocessed"]);
        Assert.Equal("console-.*", request.Query["receiver"]);
    }

    [Fact]
    public async Task A_path_prefix_in_the_url_is_kept()
    {
        _handler.Ok(First, "[]");
        using var harness = Create(_handler, new Dictionary<string, string?> { ["Url"] = $"http://{First}/alertmanager" });

        await harness.Client.GetSilencesAsync(null, Deadline.Test);

        Assert.Equal("/alertmanager/api/v2/silences", _handler.SingleRequest.Uri.AbsolutePath);
    }

    [Fact]
    public async Task An_alert_is_mapped_with_status_receivers_and_nanosecond_times()
    {
        _handler.Ok(First, AlertmanagerJson.Alerts(AlertmanagerJson.Alert("4f5c1c4a3e2b1d0f", "X", "2026-11-23T10:05:00.5Z", state: "suppressed", silencedBy: "s-1")));
        using var harness = Create(_handler);

        var alert = Assert.Single(await harness.Client.GetAlertsAsync(null, Deadline.Test));

        Assert.Equal("4f5c1c4a3e2b1d0f", alert.Fingerprint);
        Assert.Equal("X", alert.AlertName);
        Assert.Equal("it broke", alert.Annotations["summary"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), alert.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 5, 0, 500, TimeSpan.Zero), alert.UpdatedAt);
        Assert.Equal(AlertState.Suppressed, alert.Status.State);
        Assert.Equal(["s-1"], alert.Status.SilencedBy);
        Assert.Equal(["console-critical"], alert.Receivers);
        Assert.Equal("http://prometheus:9090/graph?g0.expr=up", alert.GeneratorUrl);
    }

    [Fact]
    public async Task A_silence_is_mapped_with_its_matchers_and_state()
    {
        _handler.Ok(First, AlertmanagerJson.Silences(AlertmanagerJson.Silence("s-1", "2026-11-23T10:00:00Z")));
        using var harness = Create(_handler);

        var silence = Assert.Single(await harness.Client.GetSilencesAsync(MatcherParser.Parse("alertname=X"), Deadline.Test));

        Assert.Equal("alertname=\"X\"", _handler.SingleRequest.Query["filter"]);
        Assert.Equal("s-1", silence.Id);
        Assert.Equal(SilenceState.Active, silence.State);
        Assert.Equal("alice", silence.CreatedBy);
        Assert.Equal([new Matcher("alertname", MatchOperator.Equal, "X"), new Matcher("severity", MatchOperator.NotRegex, "info|debug")], silence.Matchers);
    }

    [Fact]
    public async Task Creating_a_silence_posts_its_matchers_as_Alertmanager_json_and_returns_the_id()
    {
        _handler.Ok(First, """{"silenceID":"8a3e0f5b-1c2d-4e5f-9a8b-7c6d5e4f3a2b"}""");
        using var harness = Create(_handler);

        var id = await harness.Client.PostSilenceAsync(new SilenceDraft
        {
            Matchers = MatcherParser.Parse("""alertname="X", severity!~"info|debug", service!="redis", job=~"web.*" """),
            StartsAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
            CreatedBy = "alice",
            Comment = "maintenance",
        }, Deadline.Test);

        Assert.Equal("8a3e0f5b-1c2d-4e5f-9a8b-7c6d5e4f3a2b", id);
        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/v2/silences", request.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.False(root.TryGetProperty("id", out _));
        Assert.Equal("2026-11-23T10:00:00.000Z", root.GetProperty("startsAt").GetString());
        Assert.Equal("2026-11-23T12:00:00.000Z", root.GetProperty("endsAt").GetString());
        Assert.Equal("alice", root.GetProperty("createdBy").GetString());
        Assert.Equal("maintenance", root.GetProperty("comment").GetString());
        Assert.Equal(
            [("alertname", "X", false, true), ("severity", "info|debug", true, false), ("service", "redis", false, false), ("job", "web.*", true, true)],
            root.GetProperty("matchers").EnumerateArray().Select(m => (
                m.GetProperty("name").GetString(), m.GetProperty("value").GetString(),
                m.GetProperty("isRegex").GetBoolean(), m.GetProperty("isEqual").GetBoolean())));
    }

    [Fact]
    public async Task Updating_a_silence_sends_its_id()
    {
        _handler.Ok(First, """{"silenceID":"new-id"}""");
        using var harness = Create(_handler);

        var id = await harness.Client.PostSilenceAsync(new SilenceDraft
        {
            Id = "old-id",
            Matchers = MatcherParser.Parse("alertname=X"),
            StartsAt = DateTimeOffset.UnixEpoch,
            EndsAt = DateTimeOffset.UnixEpoch.AddHours(1),
            CreatedBy = "alice",
            Comment = "longer",
        }, Deadline.Test);

        Assert.Equal("new-id", id);
        using var body = JsonDocument.Parse(_handler.SingleRequest.Body);
        Assert.Equal("old-id", body.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Expiring_a_silence_deletes_it_by_id()
    {
        _handler.Ok(First, "");
        using var harness = Create(_handler);

        await harness.Client.ExpireSilenceAsync("8a3e0f5b", Deadline.Test);

        Assert.Equal(HttpMethod.Delete, _handler.SingleRequest.Method);
        Assert.Equal("/api/v2/silence/8a3e0f5b", _handler.SingleRequest.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Expiring_an_unknown_silence_is_not_found_and_an_expired_one_is_fine()
    {
        // Alertmanager 0.25's answers, verbatim.
        _handler.Respond(First, System.Net.HttpStatusCode.InternalServerError, "\"silence not found\"")
            .Respond(First, System.Net.HttpStatusCode.InternalServerError, "\"silence 8a3e0f5b already expired\"");
        using var harness = Create(_handler);

        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() => harness.Client.ExpireSilenceAsync("missing", Deadline.Test));
        await harness.Client.ExpireSilenceAsync("8a3e0f5b", Deadline.Test);

        Assert.Equal("not_found", error.ErrorType);
        Assert.Equal("silence not found", error.Message);
    }

    [Fact]
    public async Task A_silence_no_Alertmanager_knows_is_null()
    {
        _handler.Respond(First, System.Net.HttpStatusCode.NotFound, "");
        using var harness = Create(_handler);

        Assert.Null(await harness.Client.GetSilenceAsync("missing", Deadline.Test));
    }

    [Fact]
    public async Task Status_names_the_version_and_the_answering_instance()
    {
        _handler.Ok(First, """
            {"cluster":{"status":"disabled","peers":[]},"config":{"original":"route: {}"},"uptime":"2026-11-23T09:00:00.000Z",
             "versionInfo":{"version":"0.25.0","branch":"debian/sid","revision":"x","buildUser":"u","buildDate":"d","goVersion":"go1.19"}}
            """);
        using var harness = Create(_handler);

        var status = await harness.Client.GetStatusAsync(Deadline.Test);

        Assert.Equal("0.25.0", status.Version);
        Assert.Equal("disabled", status.ClusterStatus);
        Assert.Equal(First, status.Instance.Host);
        Assert.Equal("route: {}", status.ConfigYaml);
    }

    [Fact]
    public async Task Credentials_and_extra_headers_are_sent()
    {
        _handler.Ok(First, "[]");
        using var harness = Create(_handler, new Dictionary<string, string?> { ["BearerToken"] = "s3cret", ["Headers:X-Scope-OrgID"] = "fleet" });

        await harness.Client.GetAlertsAsync(null, Deadline.Test);

        Assert.Equal("Bearer s3cret", _handler.SingleRequest.Header("Authorization"));
        Assert.Equal("fleet", _handler.SingleRequest.Header("X-Scope-OrgID"));
    }
}
