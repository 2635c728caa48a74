using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// The board's time range: the last 5 minutes … 30 days, or an absolute from/to chosen with date and
/// time pickers (in the server's local time zone, see <see cref="TimeProvider.LocalTimeZone"/>).
/// </summary>
public sealed partial class TimeRangePicker
{
    private bool _absoluteOpen;
    private DateTime? _fromDate;
    private TimeSpan? _fromTime;
    private DateTime? _toDate;
    private TimeSpan? _toTime;
    private string? _absoluteError;

    [Parameter, EditorRequired]
    public required TimeRange Value { get; set; }

    [Parameter]
    public EventCallback<TimeRange> ValueChanged { get; set; }

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    private string Label => Value switch
    {
        { IsLive: true, From.Ago: { } ago } => TimeNavigationText.Last(ago),
        _ => $"{Show(Value.From)} → {Show(Value.To)}",
    };

    private string Show(TimeExpression expression) =>
        expression.Absolute is { } at
            ? TimeZoneInfo.ConvertTime(at, TimeProvider.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : expression.ToString();

    private async Task SelectAsync(TimeRange range)
    {
        _absoluteOpen = false;
        await ValueChanged.InvokeAsync(range);
    }

    private void OpenAbsolute()
    {
        // Start from what is on screen now, so a small correction is a small edit.
        var now = TimeProvider.GetUtcNow();
        var zone = TimeProvider.LocalTimeZone;
        var from = TimeZoneInfo.ConvertTime(Value.From.Resolve(now), zone);
        var to = TimeZoneInfo.ConvertTime(Value.To.Resolve(now), zone);
        (_fromDate, _fromTime) = (from.Date, new TimeSpan(from.Hour, from.Minute, 0));
        (_toDate, _toTime) = (to.Date, new TimeSpan(to.Hour, to.Minute, 0));
        _absoluteError = null;
        _absoluteOpen = true;
    }

    private async Task ApplyAbsoluteAsync()
    {
        if (_fromDate is not { } fromDate || _toDate is not { } toDate)
        {
            _absoluteError = TimeNavigationText.AbsoluteIncomplete;
            return;
        }

        var from = Instant(fromDate, _fromTime);
        var to = Instant(toDate, _toTime);
        if (from >= to)
        {
            _absoluteError = TimeNavigationText.AbsoluteInverted;
            return;
        }

        _absoluteOpen = false;
        await ValueChanged.InvokeAsync(TimeRange.Between(from, to));
    }

    private DateTimeOffset Instant(DateTime date, TimeSpan? time)
    {
        var local = DateTime.SpecifyKind(date.Date + (time ?? TimeSpan.Zero), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeProvider.LocalTimeZone.GetUtcOffset(local));
    }
}
