using System.Globalization;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Charts;

/// <summary>
/// How a time chart writes its times (charts.js <c>times.js</c> fills these .NET-style patterns in <see cref="Zone"/>):
/// the display zone and the culture's date order, decided here with <see cref="DisplayTime"/> so a chart's axis and
/// tooltip read like every other time on the page.
/// </summary>
/// <param name="Zone">An IANA zone id for the browser's Intl.</param>
/// <param name="TimePattern">Axis labels of a window up to a day, e.g. "HH:mm".</param>
/// <param name="DayPattern">Axis labels of a longer window, e.g. "M/d HH:mm".</param>
/// <param name="TooltipPattern">The tooltip's time, as <see cref="DisplayTime.DateTime(DateTimeOffset, TimeProvider, CultureInfo)"/> writes it.</param>
public sealed record ChartTimeFormat(string Zone, string TimePattern, string DayPattern, string TooltipPattern)
{
    public static ChartTimeFormat For(TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(culture);
        return new ChartTimeFormat(IanaId(zone), "HH:mm", DisplayTime.MonthDayPattern(culture) + " HH:mm", DisplayTime.DateTimePattern(culture));
    }

    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana
        : zone.BaseUtcOffset == TimeSpan.Zero ? "UTC" : zone.Id;
}
