using OpsConsole.Core.Alerts.Live;
using static OpsConsole.Core.Tests.Alerts.AlertBuilders;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertStreamReconcileTests
{
    private readonly StreamHarness _harness = new();

    private AlertStream Stream => _harness.Stream;

    [Fact]
    public void Reconcile_fires_an_alert_whose_notification_was_missed()
    {
        var events = _harness.Reconcile(Source(alerts: [InAlertmanager("A", T0)]));

        var fired = Assert.Single(events);
        Assert.Equal(AlertChange.Fired, fired.Change);
        Assert.Equal(["console-critical"], fired.Alert.Receivers);
        Assert.NotNull(Stream.ReconciledAt);
    }

    [Fact]
    public void Reconcile_resolves_an_alert_whose_resolution_was_missed()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));

        var events = _harness.Reconcile(Source());

        var resolved = Assert.Single(events);
        Assert.Equal(AlertChange.Resolved, resolved.Change);
        Assert.Equal(_harness.Time.GetUtcNow(), resolved.At);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public void A_late_firing_notification_after_reconcile_resolved_it_changes_nothing()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        _harness.Reconcile(Source());

        Assert.Empty(Stream.ApplyWebhook(Notification(Firing("A", T0))));
    }

    [Fact]
    public void Reconcile_does_not_undo_a_notification_that_arrived_while_it_read_the_sources()
    {
        var mark = Stream.BeginReconcile();
        Stream.ApplyWebhook(Notification(Firing("A", T0)));

        var events = Stream.ApplyReconcile(Source(), mark);

        Assert.Empty(events);
        Assert.Single(Stream.Current.Alerts);
    }

    [Fact]
    public void A_repeated_reconcile_with_the_same_truth_changes_nothing()
    {
        var source = Source(alerts: [InAlertmanager("A", T0, "abc")], rules: [InPrometheus("B", T0)], silences: [ActiveSilence("s1", "A")]);
        _harness.Reconcile(source);

        Assert.Empty(_harness.Reconcile(source));
    }

    [Fact]
    public void A_pending_alert_from_Prometheus_fires_when_Alertmanager_has_it()
    {
        var pending = _harness.Reconcile(Source(rules: [InPrometheus("A", T0)]));
        var fired = Stream.ApplyWebhook(Notification(Firing("A", T0.AddMinutes(5))));

        Assert.Equal(AlertChange.Pending, Assert.Single(pending).Change);
        var change = Assert.Single(fired);
        Assert.Equal(AlertChange.Fired, change.Change);
        Assert.Equal(T0.AddMinutes(5), change.Alert.StartsAt);
        Assert.Equal(AlertPhase.Firing, Assert.Single(Stream.Current.Alerts).Phase);
    }

    [Fact]
    public void A_pending_alert_that_vanishes_from_Prometheus_is_resolved()
    {
        _harness.Reconcile(Source(rules: [InPrometheus("A", T0)]));

        Assert.Equal(AlertChange.Resolved, Assert.Single(_harness.Reconcile(Source())).Change);
    }

    [Fact]
    public void Pending_alerts_stay_while_Prometheus_cannot_be_read()
    {
        _harness.Reconcile(Source(rules: [InPrometheus("A", T0)]));

        var events = _harness.Reconcile(Source() with { RuleAlerts = null });

        Assert.Empty(events);
        Assert.Equal(AlertPhase.Pending, Assert.Single(Stream.Current.Alerts).Phase);
    }

    [Fact]
    public void An_alert_firing_in_Prometheus_but_not_yet_in_Alertmanager_is_not_resolved()
    {
        _harness.Reconcile(Source(rules: [InPrometheus("A", T0)]));

        var events = _harness.Reconcile(Source(rules: [InPrometheus("A", T0, firing: true)]));

        Assert.Empty(events);
        Assert.Single(Stream.Current.Alerts);
    }

    [Fact]
    public void Inhibition_reported_by_Alertmanager_is_an_update()
    {
        _harness.Reconcile(Source(alerts: [InAlertmanager("A", T0)]));

        var events = _harness.Reconcile(Source(alerts: [InAlertmanager("A", T0, "0123456789abcdef")]));

        var update = Assert.Single(events);
        Assert.Equal(AlertChange.Updated, update.Change);
        Assert.True(update.Alert.IsInhibited);
    }

    [Fact]
    public void Remembered_resolutions_are_forgotten_after_the_configured_time()
    {
        Stream.ApplyWebhook(Notification(Firing("A", T0)));
        Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(1))));
        _harness.Time.Advance(TimeSpan.FromHours(2));
        _harness.Reconcile(Source());

        // Forgotten: a very late copy is taken as news again (bounded memory beats perfect recall).
        Assert.Equal(AlertChange.Fired, Assert.Single(Stream.ApplyWebhook(Notification(Firing("A", T0)))).Change);
    }
}
