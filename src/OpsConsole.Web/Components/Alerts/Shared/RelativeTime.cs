namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>Short human durations for alert ages and "3 min ago": coarse on purpose, they are read at a glance.</summary>
public static class RelativeTime
{
    /// <summary>"45 s", "12 min", "5 h", "3 d" (in the UI language); a negative span (clock skew) reads as "0 s".</summary>
    public static string Span(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }
        return span switch
        {
            { TotalMinutes: < 1 } => AlertsText.Seconds(Whole(span.TotalSeconds)),
            { TotalHours: < 1 } => AlertsText.Minutes(Whole(span.TotalMinutes)),
            { TotalDays: < 2 } => AlertsText.Hours(Whole(span.TotalHours)),
            _ => AlertsText.Days(Whole(span.TotalDays)),
        };
    }

    /// <summary>"3 min ago".</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now) => AlertsText.Ago(Span(now - at));

    /// <summary>"1 h 30 min" for response times, where minutes matter.</summary>
    public static string Precise(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return AlertsText.Seconds(Whole(span.TotalSeconds));
        }
        var hours = (long)span.TotalHours;
        return hours == 0
            ? AlertsText.Minutes(Whole(span.TotalMinutes))
            : AlertsText.HoursMinutes(hours, span.Minutes);
    }

    private static long Whole(double value) => (long)Math.Floor(value);
}
