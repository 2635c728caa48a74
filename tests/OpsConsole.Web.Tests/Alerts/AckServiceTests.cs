using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Alerts.Acks;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Alerts;

public sealed class AckServiceTests
{
    [Fact]
    public async Task Acknowledging_silences_the_alerts_exact_labels_as_the_signed_in_user_and_marks_the_alert()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();

        var result = await harness.AckService.AcknowledgeAsync(fingerprint, "  on it  ", AlertsHarness.User("alice", Roles.Operator), default);

        Assert.Equal(AlertActionOutcome.Done, result.Outcome);
        var draft = Assert.Single(harness.Alertmanager.Posted);
        Assert.Equal("alice", draft.CreatedBy);
        Assert.Equal("on it", draft.Comment);
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromHours(24), draft.EndsAt);
        Assert.Equal(
            ["alertname=\"HighCommandFailureRate\"", "service=\"robot-data-service\"", "severity=\"critical\""],
            draft.Matchers.Select(m => m.ToString()));
        Assert.All(draft.Matchers, m => Assert.Equal(MatchOperator.Equal, m.Operator));

        var shown = harness.Stream.Current.Find(fingerprint)!;
        Assert.Equal("alice", shown.Acknowledgement!.By);
        Assert.Equal(result.SilenceId, shown.Acknowledgement.SilenceId);
        Assert.Contains(result.SilenceId, shown.SilencedBy);
        var ack = Assert.Single(harness.Acks.All);
        Assert.Equal((fingerprint, "alice", result.SilenceId), (ack.Fingerprint, ack.By, ack.SilenceId));
        Assert.Contains(harness.Audit.Records, r => r.Action == AlertAuditActions.Acknowledged && r.Actor == "alice" && r.Target == fingerprint);
    }

    [Fact]
    public async Task Without_a_note_the_silence_says_it_was_acknowledged_in_the_console()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();

        await harness.AckService.AcknowledgeAsync(fingerprint, null, AlertsHarness.User("alice", Roles.Admin), default);

        Assert.Equal(AckService.DefaultNote, Assert.Single(harness.Alertmanager.Posted).Comment);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Kiosk)]
    public async Task Viewers_and_kiosks_may_not_acknowledge_and_nothing_is_written(string role)
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();

        var result = await harness.AckService.AcknowledgeAsync(fingerprint, "x", AlertsHarness.User("bob", role), default);

        Assert.Equal(AlertActionOutcome.Forbidden, result.Outcome);
        Assert.Empty(harness.Alertmanager.Posted);
        Assert.Empty(harness.Acks.All);
        Assert.Null(harness.Stream.Current.Find(fingerprint)!.Acknowledgement);
    }

    [Fact]
    public async Task Acknowledging_an_alert_that_is_not_current_is_not_found()
    {
        await using var harness = new AlertsHarness();

        var result = await harness.AckService.AcknowledgeAsync("ffffffffffffffff", null, AlertsHarness.User("alice", Roles.Operator), default);

        Assert.Equal(AlertActionOutcome.NotFound, result.Outcome);
        Assert.Empty(harness.Alertmanager.Posted);
    }

    [Fact]
    public async Task Acknowledging_again_updates_the_one_silence_and_keeps_one_open_ack()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();
        var first = await harness.AckService.AcknowledgeAsync(fingerprint, "first", AlertsHarness.User("alice", Roles.Operator), default);

        var second = await harness.AckService.AcknowledgeAsync(fingerprint, "second", AlertsHarness.User("carol", Roles.Operator), default);

        Assert.Equal(first.SilenceId, harness.Alertmanager.Posted.Last().Id);
        Assert.Single(harness.Acks.All, a => a.EndedAt is null && a.By == "carol" && a.SilenceId == second.SilenceId);
        Assert.Equal("carol", harness.Stream.Current.Find(fingerprint)!.Acknowledgement!.By);
    }

    [Fact]
    public async Task Unacknowledging_expires_the_silence_and_ends_the_ack()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, null, AlertsHarness.User("alice", Roles.Operator), default);

        var result = await harness.AckService.UnacknowledgeAsync(fingerprint, AlertsHarness.User("alice", Roles.Operator), default);

        Assert.Equal(AlertActionOutcome.Done, result.Outcome);
        Assert.Equal([acked.SilenceId!], harness.Alertmanager.Expired);
        Assert.NotNull(Assert.Single(harness.Acks.All).EndedAt);
        var shown = harness.Stream.Current.Find(fingerprint)!;
        Assert.Null(shown.Acknowledgement);
        Assert.Empty(shown.SilencedBy);
        Assert.Equal(AlertActionOutcome.NotFound,
            (await harness.AckService.UnacknowledgeAsync(fingerprint, AlertsHarness.User("alice", Roles.Operator), default)).Outcome);
    }
}
