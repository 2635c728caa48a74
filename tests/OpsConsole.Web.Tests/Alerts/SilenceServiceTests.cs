using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Alerts;

public sealed class SilenceServiceTests
{
    private static SilenceRequest Request(string matchers = "service=\"robot-data-service\"") => new()
    {
        Matchers = MatcherParser.Parse(matchers),
        Duration = TimeSpan.FromHours(2),
        Comment = "firmware rollout",
    };

    [Fact]
    public async Task Created_and_updated_silences_always_name_the_signed_in_user()
    {
        await using var harness = new AlertsHarness();

        var created = await harness.SilenceService.CreateAsync(Request(), AlertsHarness.User("alice", Roles.Operator), default);
        var updated = await harness.SilenceService.UpdateAsync(created.SilenceId!, Request(), AlertsHarness.User("carol", Roles.Admin), default);

        Assert.Equal(AlertActionOutcome.Done, updated.Outcome);
        Assert.Equal(["alice", "carol"], harness.Alertmanager.Posted.Select(p => p.CreatedBy));
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromHours(2), harness.Alertmanager.Posted.First().EndsAt);
        Assert.Equal([AlertAuditActions.SilenceCreated, AlertAuditActions.SilenceUpdated], harness.Audit.Records.Select(r => r.Action));
    }

    [Fact]
    public async Task A_viewer_may_not_create_update_or_expire_silences()
    {
        await using var harness = new AlertsHarness();
        var viewer = AlertsHarness.User("bob", Roles.Viewer);

        Assert.Equal(AlertActionOutcome.Forbidden, (await harness.SilenceService.CreateAsync(Request(), viewer, default)).Outcome);
        Assert.Equal(AlertActionOutcome.Forbidden, (await harness.SilenceService.UpdateAsync("s1", Request(), viewer, default)).Outcome);
        Assert.Equal(AlertActionOutcome.Forbidden, (await harness.SilenceService.ExpireAsync("s1", viewer, default)).Outcome);
        Assert.Empty(harness.Alertmanager.Posted);
        Assert.Empty(harness.Alertmanager.Expired);
    }

    [Theory]
    [InlineData("service=~\".*\"")]
    [InlineData("service!=\"x\"")]
    public async Task Matchers_that_would_match_everything_are_refused_before_Alertmanager_sees_them(string matchers)
    {
        await using var harness = new AlertsHarness();

        var result = await harness.SilenceService.CreateAsync(Request(matchers), AlertsHarness.User("alice", Roles.Operator), default);

        Assert.Equal(AlertActionOutcome.Invalid, result.Outcome);
        Assert.Equal(AlertActionProblem.MatchersMatchEmpty, result.Problem);
        Assert.Empty(harness.Alertmanager.Posted);
    }

    [Fact]
    public async Task An_update_answered_with_a_new_id_moves_the_acknowledgement_riding_on_it()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();
        var operatorUser = AlertsHarness.User("alice", Roles.Operator);
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, null, operatorUser, default);
        harness.Alertmanager.NextUpdateId = "silence-replaced";

        var result = await harness.SilenceService.UpdateAsync(acked.SilenceId!, Request("alertname=\"HighCommandFailureRate\""), operatorUser, default);

        Assert.Equal("silence-replaced", result.SilenceId);
        Assert.Equal("silence-replaced", harness.Acks.All.Single().SilenceId);
        Assert.Equal("silence-replaced", harness.Stream.Current.Find(fingerprint)!.Acknowledgement!.SilenceId);
    }

    [Fact]
    public async Task Expiring_an_ack_silence_ends_the_acknowledgement()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();
        var operatorUser = AlertsHarness.User("alice", Roles.Operator);
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, null, operatorUser, default);

        await harness.SilenceService.ExpireAsync(acked.SilenceId!, operatorUser, default);

        Assert.NotNull(harness.Acks.All.Single().EndedAt);
        Assert.Null(harness.Stream.Current.Find(fingerprint)!.Acknowledgement);
    }

    [Fact]
    public async Task Preview_lists_the_current_alerts_the_matchers_match()
    {
        await using var harness = new AlertsHarness();
        harness.Fire(alertName: "HighCommandFailureRate", fingerprint: "0000000000000001");
        harness.Fire(alertName: "FlinkCheckpointTimeout", fingerprint: "0000000000000002");

        var matched = await harness.SilenceService.PreviewAsync(MatcherParser.Parse("alertname=~\"High.*\""), default);

        Assert.Equal(["0000000000000001"], matched.Select(a => a.Fingerprint));
        Assert.Empty(await harness.SilenceService.PreviewAsync([], default));
    }
}
