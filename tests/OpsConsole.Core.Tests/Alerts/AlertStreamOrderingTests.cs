using OpsConsole.Core.Alerts.Live;
using static OpsConsole.Core.Tests.Alerts.AlertBuilders;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertStreamOrderingTests
{
    private readonly StreamHarness _harness = new();

    private AlertStream Stream => _harness.Stream;

    [Fact]
    public void A_repeated_firing_notification_changes_nothing()
    {
        var first = Stream.ApplyWebhook(Notification(Firing("A", T0)));
        var again = Stream.ApplyWebhook(Notification(Firing("A", T0)));

        var fired = Assert.Single(first);
        Assert.Equal(AlertChange.Fired, fired.Change);
        Assert.Equal(T0, fired.At);
        Assert.Empty(again);
        Assert.Equal(AlertPhase.Firing, Assert.Single(Stream.Current.Alerts).Phase);
    }

    [Fact]
    public void A_repeated_resolved_notification_changes_nothing()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        var resolved = Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));
        var again = Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));

        var change = Assert.Single(resolved);
        Assert.Equal(AlertChange.Resolved, change.Change);
        Assert.Equal(T0.AddMinutes(5), change.At);
        Assert.Equal(T0.AddMinutes(5), change.Alert.EndsAt);
        Assert.Empty(again);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public void A_firing_notification_that_arrives_after_its_resolution_does_not_bring_the_alert_back()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));

        var late = Stream.ApplyWebhook(Notification(Firing("A", T0)));

        Assert.Empty(late);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public void A_resolution_received_before_its_firing_reports_both_and_ignores_the_late_firing()
    {
        var resolved = Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));
        var late = Stream.ApplyWebhook(Notification(Firing("A", T0)));

        Assert.Equal([AlertChange.Fired, AlertChange.Resolved], resolved.Select(e => e.Change));
        Assert.Equal([T0, T0.AddMinutes(5)], resolved.Select(e => e.At));
        Assert.Empty(late);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public void A_late_resolution_of_an_older_incident_does_not_end_the_current_one()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));
        Stream.ApplyWebhook(Notification(Firing("A", T0.AddMinutes(10))));

        var stale = Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));

        Assert.Empty(stale);
        Assert.Equal(T0.AddMinutes(10), Assert.Single(Stream.Current.Alerts).StartsAt);
    }

    [Fact]
    public void A_new_incident_fires_again_after_a_resolution()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(5))));

        var again = Stream.ApplyWebhook(Notification(Firing("A", T0.AddMinutes(20))));

        Assert.Equal(AlertChange.Fired, Assert.Single(again).Change);
    }

    [Fact]
    public void A_new_incident_while_the_old_one_is_held_resolves_the_old_one_first()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));

        var events = Stream.ApplyWebhook(Notification(Firing("A", T0.AddMinutes(20))));

        Assert.Equal([AlertChange.Resolved, AlertChange.Fired], events.Select(e => e.Change));
        Assert.Equal(T0.AddMinutes(20), Assert.Single(Stream.Current.Alerts).StartsAt);
    }

    [Fact]
    public void Changed_annotations_of_a_firing_alert_are_an_update()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0, summary: "12%")));

        var events = Stream.ApplyWebhook(Notification(Firing("A", T0, summary: "30%")));

        var update = Assert.Single(events);
        Assert.Equal(AlertChange.Updated, update.Change);
        Assert.Equal("30%", update.Alert.Annotations["summary"]);
    }

    [Fact]
    public void Events_are_numbered_from_one_without_gaps_in_the_order_they_happened()
    {
        var events = new List<AlertStreamEvent>();
        events.AddRange(Stream.ApplyWebhook(Notification(Firing("A", T0), Firing("B", T0))));
        events.AddRange(Stream.ApplySilences([ActiveSilence("s1", "A")]));
        events.Add(Stream.Acknowledge(Fingerprint("B"), new Acknowledgement("bob", T0, null, null))!);
        events.AddRange(Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(1)))));

        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.Sequence));
        Assert.Equal(
            [AlertChange.Fired, AlertChange.Fired, AlertChange.Silenced, AlertChange.Acknowledged, AlertChange.Resolved],
            events.Select(e => e.Change));
        Assert.Equal(5, Stream.Current.Sequence);
    }

    [Fact]
    public void A_snapshot_refuses_an_event_after_a_gap()
    {
        var events = Stream.ApplyWebhook(Notification(Firing("A", T0), Firing("B", T0)));

        Assert.Throws<InvalidOperationException>(() => AlertSnapshot.Empty.Apply(events[1]));
        Assert.Same(Stream.Current, Stream.Current.Apply(events[0]));
    }
}
