namespace OpsConsole.Core.Alerts.Response;

/// <summary>
/// Response times of a set of incidents. MTTA: mean of fired → first ack over the acknowledged ones; MTTR: mean of
/// fired → resolved over the resolved ones; null when there are none (an open incident has no time yet).
/// </summary>
public sealed record ResponseSummary
{
    public required int Incidents { get; init; }
    public required int Acknowledged { get; init; }
    public required int Resolved { get; init; }
    public TimeSpan? MeanTimeToAcknowledge { get; init; }
    public TimeSpan? MeanTimeToResolve { get; init; }

    public static ResponseSummary Of(IReadOnlyCollection<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return new ResponseSummary
        {
            Incidents = incidents.Count,
            Acknowledged = incidents.Count(i => i.AcknowledgedAt is not null),
            Resolved = incidents.Count(i => i.ResolvedAt is not null),
            MeanTimeToAcknowledge = Mean(incidents.Select(i => i.TimeToAcknowledge)),
            MeanTimeToResolve = Mean(incidents.Select(i => i.TimeToResolve)),
        };
    }

    private static TimeSpan? Mean(IEnumerable<TimeSpan?> spans)
    {
        long sum = 0;
        var count = 0;
        foreach (var span in spans)
        {
            if (span is { } value)
            {
                sum += value.Ticks;
                count++;
            }
        }
        return count == 0 ? null : TimeSpan.FromTicks(sum / count);
    }
}
