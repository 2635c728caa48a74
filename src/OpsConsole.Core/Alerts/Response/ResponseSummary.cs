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

    public static ResponseSummary Of(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var sum = new ResponseAccumulator();
        foreach (var incident in incidents)
        {
            sum.Add(incident);
        }
        return sum.Summary();
    }

    /// <summary>One summary per alertname, by name (ordinal).</summary>
    public static IReadOnlyList<(string AlertName, ResponseSummary Summary)> PerAlertName(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var sums = new Dictionary<string, ResponseAccumulator>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            if (!sums.TryGetValue(incident.AlertName, out var sum))
            {
                sums[incident.AlertName] = sum = new ResponseAccumulator();
            }
            sum.Add(incident);
        }
        return [.. sums.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value.Summary()))];
    }
}
