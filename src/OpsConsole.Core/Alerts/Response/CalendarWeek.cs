namespace OpsConsole.Core.Alerts.Response;

/// <summary>
/// Weeks as the operators' wall clock has them: Monday 00:00 in the display time zone (ISO 8601 weeks start on
/// Monday; the operators' zh-CN calendar does too). A UTC week would start at Monday 08:00 in Shanghai and put a
/// Monday-morning incident into the week before.
/// </summary>
public static class CalendarWeek
{
    /// <summary>The start of the week holding <paramref name="at"/>, as an instant (with that Monday's offset).</summary>
    public static DateTimeOffset StartOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var daysSinceMonday = ((int)local.DayOfWeek + 6) % 7;
        var monday = DateTime.SpecifyKind(local.Date.AddDays(-daysSinceMonday), DateTimeKind.Unspecified);
        // Midnight can fall into a DST gap (some zones switch at 00:00): the first valid minute after it is the start.
        while (zone.IsInvalidTime(monday))
        {
            monday = monday.AddMinutes(30);
        }
        return new DateTimeOffset(monday, zone.GetUtcOffset(monday));
    }

    /// <summary>The start of the week <paramref name="weeks"/> before (or after, when negative) the one holding <paramref name="at"/>.</summary>
    public static DateTimeOffset StartOfWeeksBefore(DateTimeOffset at, int weeks, TimeZoneInfo zone)
    {
        var start = StartOf(at, zone);
        // Go to the middle of the target week first: stepping whole 7-day spans from a Monday 00:00 can land on
        // Sunday 23:00 across a DST change.
        return StartOf(start.AddDays((-7 * weeks) + 3.5), zone);
    }
}
