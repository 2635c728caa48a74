namespace OpsConsole.Core.Alerts.Response;

/// <summary>Response times of one service and severity in one calendar week (incidents that fired in it).</summary>
public sealed record WeeklyResponseTimes
{
    /// <summary>The <c>service</c> label; empty when the alerts had none.</summary>
    public required string Service { get; init; }

    /// <summary>The <c>severity</c> label; empty when the alerts had none.</summary>
    public required string Severity { get; init; }

    /// <summary>Monday 00:00 in the zone the weeks were cut in (<see cref="CalendarWeek"/>).</summary>
    public required DateTimeOffset WeekStart { get; init; }

    public required ResponseSummary Summary { get; init; }

    /// <summary>MTTR against the same service and severity in the week before.</summary>
    public required ResponseTrend Trend { get; init; }

    /// <summary>
    /// One row per service × severity × week that had an incident, sorted by service, severity and week (newest
    /// first, as a table is read).
    /// </summary>
    public static IReadOnlyList<WeeklyResponseTimes> Table(IEnumerable<Incident> incidents, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(zone);
        var sums = new Dictionary<(string Service, string Severity, DateTimeOffset Week), ResponseAccumulator>();
        // Incidents come roughly in time order: the last week found answers most of them without a zone conversion.
        var (weekStart, weekEnd) = (DateTimeOffset.MaxValue, DateTimeOffset.MinValue);
        foreach (var incident in incidents)
        {
            if (incident.FiredAt < weekStart || incident.FiredAt >= weekEnd)
            {
                weekStart = CalendarWeek.StartOf(incident.FiredAt, zone);
                weekEnd = CalendarWeek.StartOfWeeksBefore(weekStart, -1, zone);
            }
            var key = (incident.Service ?? string.Empty, incident.Severity ?? string.Empty, weekStart);
            if (!sums.TryGetValue(key, out var sum))
            {
                sums[key] = sum = new ResponseAccumulator();
            }
            sum.Add(incident);
        }
        var weeks = sums.ToDictionary(s => s.Key, s => s.Value.Summary());
        return [.. weeks
            .Select(w => new WeeklyResponseTimes
            {
                Service = w.Key.Service,
                Severity = w.Key.Severity,
                WeekStart = w.Key.Week,
                Summary = w.Value,
                Trend = weeks.TryGetValue((w.Key.Service, w.Key.Severity, CalendarWeek.StartOfWeeksBefore(w.Key.Week, 1, zone)), out var previous)
                    ? ResponseTrend.Between(previous.MeanTimeToResolve, w.Value.MeanTimeToResolve)
                    : ResponseTrend.Unknown,
            })
            .OrderBy(r => r.Service, StringComparer.Ordinal)
            .ThenBy(r => SeverityRank(r.Severity)).ThenBy(r => r.Severity, StringComparer.Ordinal)
            .ThenByDescending(r => r.WeekStart)];
    }

    // critical before warning before info, as the alert list orders them; unknown severities after, by name.
    private static int SeverityRank(string severity) => severity switch
    {
        "critical" => 0,
        "warning" => 1,
        "info" => 2,
        _ => 3,
    };
}
