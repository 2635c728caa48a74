using System.Globalization;

namespace OpsConsole.Web.Localization;

/// <summary>
/// Timestamps for people: in the display time zone (<see cref="TimeProvider.LocalTimeZone"/>, see
/// <see cref="DisplayOptions"/>), the date in the current culture's own order ("2026/3/2" in zh-CN,
/// "3/2/2026" in en), the time on a 24-hour clock in both, as operators read logs.
/// </summary>
public static class DisplayTime
{
    /// <summary>Date and time to the second, e.g. "2026/3/2 09:05:00".</summary>
    public static string DateTime(DateTimeOffset at, TimeProvider time) =>
        DateTime(at, time, CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at, TimeProvider time, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(culture);
        var local = TimeZoneInfo.ConvertTime(at, time.LocalTimeZone);
        return local.ToString(DateTimePattern(culture), culture);
    }

    /// <summary>The pattern of <see cref="DateTime(DateTimeOffset, TimeProvider, CultureInfo)"/>: the culture's short date, a 24-hour time.</summary>
    public static string DateTimePattern(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.DateTimeFormat.ShortDatePattern + " HH:mm:ss";
    }

    /// <summary>The culture's short date without its year, e.g. "M/d" from "yyyy/M/d" (zh-CN) and from "M/d/yyyy" (en).</summary>
    public static string MonthDayPattern(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var separator = culture.DateTimeFormat.DateSeparator;
        var fields = culture.DateTimeFormat.ShortDatePattern
            .Split(['/', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(field => !field.Contains('y', StringComparison.Ordinal));
        return string.Join(separator == "/" ? "/" : separator, fields);
    }

    /// <summary>The date alone, in the culture's order, e.g. "2026/3/2".</summary>
    public static string Date(DateTimeOffset at, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var culture = CultureInfo.CurrentCulture;
        return TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString(culture.DateTimeFormat.ShortDatePattern, culture);
    }

    /// <summary>The time of day, e.g. "09:05:00".</summary>
    public static string TimeOfDay(DateTimeOffset at, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.CurrentCulture);
    }

    /// <summary>The zone's short name for a caption, e.g. "UTC+08:00".</summary>
    public static string ZoneCaption(DateTimeOffset at, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var offset = time.LocalTimeZone.GetUtcOffset(at);
        return offset == TimeSpan.Zero
            ? "UTC"
            : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
