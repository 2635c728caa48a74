using OpsConsole.Web.Alerts.History;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Alerts;

public sealed class ResponseTimesTests
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 5, 10, 0, 0, TimeSpan.Zero);
    private long _id;

    private AlertHistoryEntry Entry(string fingerprint, string name, string state, int minutes) => new()
    {
        Id = ++_id, Fingerprint = fingerprint, AlertName = name, Labels = new Dictionary<string, string>(), State = state, At = T0.AddMinutes(minutes),
    };

    [Fact]
    public void Mtta_and_mttr_are_per_alertname_over_incidents_that_fired_in_the_range()
    {
        AlertHistoryEntry[] history =
        [
            Entry("a", "HighCommandFailureRate", "firing", 0),
            Entry("a", "HighCommandFailureRate", "acknowledged", 4),
            Entry("a", "HighCommandFailureRate", "acknowledged", 9), // a second ack does not move the first
            Entry("a", "HighCommandFailureRate", "resolved", 20),
            Entry("a", "HighCommandFailureRate", "firing", 30),
            Entry("a", "HighCommandFailureRate", "acknowledged", 32),
            Entry("a", "HighCommandFailureRate", "resolved", 40),
            Entry("b", "KafkaConsumerLagHigh", "firing", 5),            // neither acked nor resolved yet
            Entry("c", "RedisMemoryHigh", "firing", -30),               // fired before the range: not counted
            Entry("c", "RedisMemoryHigh", "resolved", 1),
        ];

        var stats = ResponseTimes.Compute(history, T0, T0.AddHours(1));

        Assert.Equal(["HighCommandFailureRate", "KafkaConsumerLagHigh"], stats.Select(s => s.AlertName));
        var high = stats[0];
        Assert.Equal((2, 2, 2), (high.Incidents, high.Acknowledged, high.Resolved));
        Assert.Equal(TimeSpan.FromMinutes(3), high.MeanTimeToAcknowledge);   // (4 + 2) / 2
        Assert.Equal(TimeSpan.FromMinutes(15), high.MeanTimeToResolve);      // (20 + 10) / 2
        Assert.Equal((1, 0, 0), (stats[1].Incidents, stats[1].Acknowledged, stats[1].Resolved));
        Assert.Null(stats[1].MeanTimeToAcknowledge);
        Assert.Null(stats[1].MeanTimeToResolve);
    }
}
