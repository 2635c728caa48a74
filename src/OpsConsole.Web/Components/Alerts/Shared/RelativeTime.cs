using System.Globalization;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>Short human durations for alert ages and "3 min ago": coarse on purpose, they are read at a glance.</summary>
public static class RelativeTime
{
    /// <summary>"45 s", "12 min", "5 h", "3 d"; a negative span (clock skew) reads as "0 s".</summary>
    public static string Span(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }
        return span switch
        {
            { TotalMinutes: < 1 } => Format("{0} s", span.TotalSeconds),
            { TotalHours: < 1 } => Format("{0} min", span.TotalMinutes),
            { TotalDays: < 2 } => Format("{0} h", span.TotalHours),
            _ => Format("{0} d", span.TotalDays),
        };
    }

    /// <summary>"3 min ago".</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now) => Span(now - at) + " ago";

    /// <summary>"1 h 30 min" for response times, where minutes matter.</summary>
    public static string Precise(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return Format("{0} s", span.TotalSeconds);
        }
        var hours = (int)span.TotalHours;
        return hours == 0
            ? Format("{0} min", span.TotalMinutes)
            : string.Create(CultureInfo.InvariantCulture, $"{hours} h {span.Minutes} min");
    }

    private static string Format(string format, double value) =>
        string.Format(CultureInfo.InvariantCulture, format, (long)Math.Floor(value));
}
