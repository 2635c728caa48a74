using OpsConsole.Testing;
using OpsConsole.Core.Alerts;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Alerts;

public sealed class AckLifecycleTests
{
    [Fact]
    public async Task Ack_expires_its_silence_when_the_alert_resolves()
    {
        await using var harness = new AlertsHarness();
        await harness.Lifecycle.StartAsync(default);
        var fingerprint = harness.Fire();
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, null, AlertsHarness.User("alice", Roles.Operator), default);

        harness.Fire(status: "resolved");

        await Eventually.Until(() => harness.Alertmanager.Expired.Contains(acked.SilenceId!), Eventually.InProcessDeadline, "the ack silence to be expired");
        await Eventually.Until(() => harness.Acks.All.Single().EndedAt is not null, Eventually.InProcessDeadline, "the ack record to end");
        Assert.Contains(harness.Audit.Records, r => r.Action == AlertAuditActions.AckEnded && r.Target == fingerprint && r.Actor == "opsconsole");
        await harness.Lifecycle.StopAsync(default);
    }

    [Fact]
    public async Task A_resolved_alert_without_an_ack_expires_nothing()
    {
        await using var harness = new AlertsHarness();
        await harness.Lifecycle.StartAsync(default);
        harness.Fire();
        harness.Fire(status: "resolved", fingerprint: "1a2b3c4d5e6f7a8b");
        harness.Fire(alertName: "Marker", fingerprint: "00000000000000aa");
        var acked = await harness.AckService.AcknowledgeAsync("00000000000000aa", null, AlertsHarness.User("alice", Roles.Operator), default);
        harness.Fire(alertName: "Marker", status: "resolved", fingerprint: "00000000000000aa");

        // The marker's expiry shows the lifecycle has handled every earlier event too.
        await Eventually.Until(() => harness.Alertmanager.Expired.Contains(acked.SilenceId!), Eventually.InProcessDeadline, "the marker's ack silence to be expired");
        Assert.Equal([acked.SilenceId!], harness.Alertmanager.Expired);
        await harness.Lifecycle.StopAsync(default);
    }

    [Fact]
    public async Task Upkeep_extends_a_silence_near_its_end_and_follows_the_new_id_Alertmanager_answers()
    {
        await using var harness = new AlertsHarness(new ConsoleAlertOptions { AckSilenceDuration = TimeSpan.FromHours(2) });
        var fingerprint = harness.Fire();
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, "on it", AlertsHarness.User("alice", Roles.Operator), default);
        harness.Clock.Advance(TimeSpan.FromMinutes(90));
        harness.Alertmanager.NextUpdateId = "silence-renewed";

        await harness.Lifecycle.MaintainAsync(default);

        var update = harness.Alertmanager.Posted.Last();
        Assert.Equal(acked.SilenceId, update.Id);
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromHours(2), update.EndsAt);
        Assert.Equal("alice", update.CreatedBy);
        Assert.Equal("silence-renewed", harness.Acks.All.Single().SilenceId);
        Assert.Equal("silence-renewed", harness.Stream.Current.Find(fingerprint)!.Acknowledgement!.SilenceId);
    }

    [Fact]
    public async Task Upkeep_ends_an_ack_whose_silence_was_expired_outside_the_console()
    {
        await using var harness = new AlertsHarness();
        var fingerprint = harness.Fire();
        var acked = await harness.AckService.AcknowledgeAsync(fingerprint, null, AlertsHarness.User("alice", Roles.Operator), default);
        harness.Alertmanager.Silences[acked.SilenceId!] = harness.Alertmanager.Silences[acked.SilenceId!] with { State = SilenceState.Expired };

        await harness.Lifecycle.MaintainAsync(default);

        Assert.NotNull(harness.Acks.All.Single().EndedAt);
        Assert.Null(harness.Stream.Current.Find(fingerprint)!.Acknowledgement);
    }
}
