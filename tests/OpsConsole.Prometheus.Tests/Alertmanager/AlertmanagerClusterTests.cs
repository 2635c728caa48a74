using System.Net;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Prometheus.Tests.Support;
using static OpsConsole.Prometheus.Tests.Alertmanager.AlertmanagerHarness;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

public sealed class AlertmanagerClusterTests
{
    private static readonly SilenceDraft Draft = new()
    {
        Matchers = [new Matcher("alertname", MatchOperator.Equal, "X")],
        StartsAt = DateTimeOffset.UnixEpoch,
        EndsAt = DateTimeOffset.UnixEpoch.AddHours(1),
        CreatedBy = "alice",
        Comment = "ack",
    };

    private readonly FakeAlertmanagers _handler = new();

    [Fact]
    public async Task Alerts_from_both_peers_are_merged_by_fingerprint_and_the_newest_copy_wins()
    {
        _handler
            .Ok(First, AlertmanagerJson.Alerts(
                AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:05:00Z", summary: "old"),
                AlertmanagerJson.Alert("bbbbbbbbbbbbbbbb", "B", "2026-11-23T10:05:00Z")))
            .Ok(Second, AlertmanagerJson.Alerts(
                AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:06:00Z", summary: "new"),
                AlertmanagerJson.Alert("cccccccccccccccc", "C", "2026-11-23T10:05:00Z")));
        using var harness = Pair(_handler);

        var alerts = await harness.Client.GetAlertsAsync(null, Deadline.Test);

        Assert.Equal(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc"], alerts.Select(a => a.Fingerprint));
        Assert.Equal("new", alerts[0].Annotations["summary"]);
        Assert.Equal([First, Second], _handler.Requests.Select(r => r.Uri.Host).Order());
    }

    [Fact]
    public async Task Silences_from_both_peers_are_merged_by_id_and_the_newest_copy_wins()
    {
        _handler
            .Ok(First, AlertmanagerJson.Silences(AlertmanagerJson.Silence("s-1", "2026-11-23T10:00:00Z", comment: "old")))
            .Ok(Second, AlertmanagerJson.Silences(
                AlertmanagerJson.Silence("s-1", "2026-11-23T10:01:00Z", comment: "new", state: "expired"),
                AlertmanagerJson.Silence("s-2", "2026-11-23T10:00:00Z")));
        using var harness = Pair(_handler);

        var silences = await harness.Client.GetSilencesAsync(null, Deadline.Test);

        Assert.Equal(["s-1", "s-2"], silences.Select(s => s.Id));
        Assert.Equal("new", silences[0].Comment);
        Assert.False(silences[0].IsActive);
    }

    [Fact]
    public async Task Groups_from_both_peers_become_one_group_with_merged_alerts()
    {
        const string Group = """{"labels":{"alertname":"A"},"receiver":{"name":"console-critical"},"alerts":[ALERTS]}""";
        _handler
            .Ok(First, "[" + Group.Replace("ALERTS", AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:05:00Z"), StringComparison.Ordinal) + "]")
            .Ok(Second, "[" + Group.Replace("ALERTS", AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:06:00Z") + "," +
                AlertmanagerJson.Alert("dddddddddddddddd", "A", "2026-11-23T10:05:00Z"), StringComparison.Ordinal) + "]");
        using var harness = Pair(_handler);

        var group = Assert.Single(await harness.Client.GetAlertGroupsAsync(null, Deadline.Test));

        Assert.Equal("console-critical", group.Receiver);
        Assert.Equal(new LabelSet([new("alertname", "A")]), group.Labels);
        Assert.Equal(["aaaaaaaaaaaaaaaa", "dddddddddddddddd"], group.Alerts.Select(a => a.Fingerprint));
    }

    [Fact]
    public async Task A_read_succeeds_while_one_peer_is_down()
    {
        _handler.Refuse(First).Refuse(First).Refuse(First)
            .Ok(Second, AlertmanagerJson.Alerts(AlertmanagerJson.Alert("aaaaaaaaaaaaaaaa", "A", "2026-11-23T10:05:00Z")));
        using var harness = Pair(_handler);

        var alert = Assert.Single(await harness.Client.GetAlertsAsync(null, Deadline.Test));

        Assert.Equal("aaaaaaaaaaaaaaaa", alert.Fingerprint);
    }

    [Fact]
    public async Task A_read_fails_as_unreachable_when_no_peer_answers()
    {
        _handler.Refuse(First).Refuse(First).Refuse(First).Refuse(Second).Refuse(Second).Refuse(Second);
        using var harness = Pair(_handler);

        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() => harness.Client.GetAlertsAsync(null, Deadline.Test));

        Assert.True(error.IsUnreachable);
        Assert.Contains(First, error.Message, StringComparison.Ordinal);
        Assert.Contains(Second, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_is_retried_on_503()
    {
        _handler.Respond(First, HttpStatusCode.ServiceUnavailable, "\"not ready\"").Ok(First, "[]");
        using var harness = Create(_handler);

        Assert.Empty(await harness.Client.GetAlertsAsync(null, Deadline.Test));
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_write_goes_to_the_next_peer_when_the_first_does_not_answer()
    {
        _handler.Refuse(First).Ok(Second, """{"silenceID":"s-9"}""");
        using var harness = Pair(_handler);

        var id = await harness.Client.PostSilenceAsync(Draft, Deadline.Test);

        Assert.Equal("s-9", id);
        Assert.Equal([First, Second], _handler.Requests.Select(r => r.Uri.Host));
    }

    [Fact]
    public async Task A_write_is_never_repeated_on_the_same_peer()
    {
        _handler.Respond(First, HttpStatusCode.ServiceUnavailable, "\"not ready\"").Ok(Second, """{"silenceID":"s-9"}""");
        using var harness = Pair(_handler);

        await harness.Client.PostSilenceAsync(Draft, Deadline.Test);

        Assert.Equal([First, Second], _handler.Requests.Select(r => r.Uri.Host));
    }

    [Fact]
    public async Task A_refused_write_is_reported_with_Alertmanagers_message_and_not_tried_elsewhere()
    {
        _handler.Respond(First, HttpStatusCode.BadRequest, "\"silence invalid: invalid label matcher 0: invalid regular expression\"");
        using var harness = Pair(_handler);

        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() => harness.Client.PostSilenceAsync(Draft, Deadline.Test));

        Assert.Equal("bad_data", error.ErrorType);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("silence invalid: invalid label matcher 0: invalid regular expression", error.Message);
        Assert.Equal(First, _handler.SingleRequest.Uri.Host);
    }

    [Fact]
    public async Task A_proxy_error_page_is_described_not_echoed()
    {
        _handler.Respond(First, HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html")
            .Respond(Second, HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html");
        using var harness = Pair(_handler);

        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() => harness.Client.ExpireSilenceAsync("s-1", Deadline.Test));

        Assert.Equal("unavailable", error.ErrorType);
        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }
}
