using OpsConsole.Core.Alerts.Live;
using static OpsConsole.Core.Tests.Alerts.AlertBuilders;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertStreamStateTests
{
    private readonly StreamHarness _harness = new();

    private AlertStream Stream => _harness.Stream;

    [Fact]
    public void A_matching_active_silence_silences_and_its_expiry_unsilences()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0), Firing("B", T0)));

        var silenced = Stream.ApplySilences([ActiveSilence("s1", "A")]);
        var unsilenced = Stream.ApplySilences([ActiveSilence("s1", "A") with { State = OpsConsole.Core.Alerts.SilenceState.Expired }]);

        var change = Assert.Single(silenced);
        Assert.Equal((AlertChange.Silenced, Fingerprint("A")), (change.Change, change.Fingerprint));
        Assert.Equal(["s1"], change.Alert.SilencedBy);
        Assert.Equal(AlertChange.Unsilenced, Assert.Single(unsilenced).Change);
    }

    [Fact]
    public void An_alert_that_fires_under_an_active_silence_arrives_silenced()
    {
        Stream.ApplySilences([ActiveSilence("s1", "A")]);

        var fired = Assert.Single(Stream.ApplyWebhook(Notification(Firing("A", T0))));

        Assert.True(fired.Alert.IsSilenced);
    }

    [Fact]
    public void Acknowledging_and_unacknowledging_are_events_and_idempotent()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        var ack = new Acknowledgement("alice", T0.AddMinutes(1), "looking", "s1");

        var acknowledged = Stream.Acknowledge(Fingerprint("A"), ack);
        var again = Stream.Acknowledge(Fingerprint("A"), ack);
        var unacknowledged = Stream.Unacknowledge(Fingerprint("A"));

        Assert.Equal(AlertChange.Acknowledged, acknowledged!.Change);
        Assert.Equal(ack, acknowledged.Alert.Acknowledgement);
        Assert.Equal(ack.At, acknowledged.At);
        Assert.Null(again);
        Assert.Equal(AlertChange.Unacknowledged, unacknowledged!.Change);
        Assert.Null(Stream.Unacknowledge(Fingerprint("A")));
    }

    [Fact]
    public void An_alert_that_is_not_current_cannot_be_acknowledged() =>
        Assert.Null(Stream.Acknowledge(Fingerprint("nope"), new Acknowledgement("alice", T0, null, null)));

    [Fact]
    public void The_resolved_event_carries_the_acknowledgement_so_its_silence_can_be_expired()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.Acknowledge(Fingerprint("A"), new Acknowledgement("alice", T0, null, "s1"));

        var resolved = Assert.Single(Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(3)))));

        Assert.Equal("s1", resolved.Alert.Acknowledgement?.SilenceId);
    }

    [Fact]
    public void A_recurrence_is_not_acknowledged()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.Acknowledge(Fingerprint("A"), new Acknowledgement("alice", T0, null, "s1"));
        Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(3))));

        var again = Assert.Single(Stream.ApplyWebhook(Notification(Firing("A", T0.AddMinutes(10)))));

        Assert.False(again.Alert.IsAcknowledged);
    }
}
