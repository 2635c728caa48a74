using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.History;

/// <summary>MTTA and MTTR from history entries: per fingerprint, "firing" opens an incident, the first "acknowledged" after it and "resolved" close the clocks.</summary>
internal static class ResponseTimes
{
    public static IReadOnlyList<AlertResponseStats> Compute(IEnumerable<AlertHistoryEntry> entries, DateTimeOffset from, DateTimeOffset to)
    {
        var incidents = new List<Incident>();
        foreach (var alert in entries.GroupBy(e => e.Fingerprint, StringComparer.Ordinal))
        {
            Incident? open = null;
            foreach (var entry in alert.OrderBy(e => e.At).ThenBy(e => e.Id))
            {
                switch (entry.State)
                {
                    case AlertHistoryStates.Firing:
                        open = new Incident(entry.AlertName, entry.At);
                        if (entry.At >= from && entry.At < to)
                        {
                            incidents.Add(open);
                        }
                        break;
                    case AlertHistoryStates.Acknowledged when open is not null && open.AckedAfter is null:
                        open.AckedAfter = Max(entry.At - open.FiredAt, TimeSpan.Zero);
                        break;
                    case AlertHistoryStates.Resolved when open is not null:
                        open.ResolvedAfter = Max(entry.At - open.FiredAt, TimeSpan.Zero);
                        open = null;
                        break;
                }
            }
        }

        return [.. incidents
            .GroupBy(i => i.AlertName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AlertResponseStats
            {
                AlertName = g.Key,
                Incidents = g.Count(),
                Acknowledged = g.Count(i => i.AckedAfter is not null),
                Resolved = g.Count(i => i.ResolvedAfter is not null),
                MeanTimeToAcknowledge = Mean(g.Select(i => i.AckedAfter)),
                MeanTimeToResolve = Mean(g.Select(i => i.ResolvedAfter)),
            })];
    }

    private static TimeSpan? Mean(IEnumerable<TimeSpan?> spans)
    {
        var values = spans.OfType<TimeSpan>().ToList();
        return values.Count == 0 ? null : TimeSpan.FromTicks((long)values.Average(v => v.Ticks));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Incident(string alertName, DateTimeOffset firedAt)
    {
        public string AlertName { get; } = alertName;
        public DateTimeOffset FiredAt { get; } = firedAt;
        public TimeSpan? AckedAfter { get; set; }
        public TimeSpan? ResolvedAfter { get; set; }
    }
}
