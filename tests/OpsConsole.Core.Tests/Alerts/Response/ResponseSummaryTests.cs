using OpsConsole.Core.Alerts.Response;

namespace OpsConsole.Core.Tests.Alerts.Response;

/// <summary>The per-alertname numbers the history API has always given (moved here from the web tests with the maths).</summary>
public sealed class ResponseSummaryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mtta_and_mttr_are_per_alertname_over_incidents_that_fired_in_the_range()
    {
        var tracker = new IncidentTracker(T0, T0.AddHours(1));
        foreach (var change in new[]
        {
            Change("a", "HighCommandFailureRate", TransitionKind.Fired, 0),
            Change("a", "HighCommandFailureRate", TransitionKind.Acknowledged, 4),
            Change("a", "HighCommandFailureRate", TransitionKind.Acknowledged, 9), // a second ack does not move the first
            Change("a", "HighCommandFailureRate", TransitionKind.Resolved, 20),
            Change("a", "HighCommandFailureRate", TransitionKind.Fired, 30),
            Change("a", "HighCommandFailureRate", TransitionKind.Acknowledged, 32),
            Change("a", "HighCommandFailureRate", TransitionKind.Resolved, 40),
            Change("b", "KafkaConsumerLagHigh", TransitionKind.Fired, 5),            // neither acked nor resolved yet
            Change("c", "RedisMemoryHigh", TransitionKind.Fired, -30),               // fired before the range: not counted
            Change("c", "RedisMemoryHigh", TransitionKind.Resolved, 1),
        })
        {
            tracker.Add(change);
        }

        var stats = ResponseSummary.PerAlertName(tracker.Incidents());

        Assert.Equal(["HighCommandFailureRate", "KafkaConsumerLagHigh"], stats.Select(s => s.AlertName));
        var high = stats[0].Summary;
        Assert.Equal((2, 2, 2), (high.Incidents, high.Acknowledged, high.Resolved));
        Assert.Equal(TimeSpan.FromMinutes(3), high.MeanTimeToAcknowledge);   // (4 + 2) / 2
        Assert.Equal(TimeSpan.FromMinutes(15), high.MeanTimeToResolve);      // (20 + 10) / 2
        var lag = stats[1].Summary;
        Assert.Equal((1, 0, 0), (lag.Incidents, lag.Acknowledged, lag.Resolved));
        Assert.Null(lag.MeanTimeToAcknowledge);
        Assert.Null(lag.MeanTimeToResolve);
    }

    [Fact]
    public void An_ack_stamped_before_the_firing_by_a_skewed_clock_counts_as_zero_not_negative()
    {
        var tracker = new IncidentTracker(T0, T0.AddHours(1));
        tracker.Add(Change("a", "X", TransitionKind.Fired, 10));
        // Same-instant ordering in the store can still hand a "resolved" a timestamp a little before its firing.
        tracker.Add(new AlertTransition("a", "X", null, null, TransitionKind.Resolved, T0.AddMinutes(10).AddSeconds(-1)));

        var incident = Assert.Single(tracker.Incidents());
        Assert.Equal(TimeSpan.Zero, incident.TimeToResolve);
    }

    private static AlertTransition Change(string fingerprint, string name, TransitionKind kind, int minutes) =>
        new(fingerprint, name, "svc", "warning", kind, T0.AddMinutes(minutes));
}
