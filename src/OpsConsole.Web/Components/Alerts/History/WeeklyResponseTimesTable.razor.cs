using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>MTTA, MTTR, incident count and MTTR trend per service × severity × week of the last N calendar weeks (display zone).</summary>
public sealed partial class WeeklyResponseTimesTable
{
    private IReadOnlyList<WeeklyResponseTimes> _rows = [];
    private int _weeks = WeeklyResponseTimesWindow.DefaultWeeks;
    private bool _loaded;
    private string? _error;

    [Inject]
    private IAlertHistoryQuery History { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private string ZoneCaption => DisplayTime.ZoneCaption(Time.GetUtcNow(), Time);

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task WeeksChangedAsync(int weeks)
    {
        _weeks = weeks;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        var now = Time.GetUtcNow();
        // Whole weeks: the current one (so far) and the N - 1 before it.
        var from = CalendarWeek.StartOfWeeksBefore(now, _weeks - 1, Time.LocalTimeZone);
        try
        {
            _rows = await History.WeeklyResponseTimesAsync(from, now, CancellationToken.None);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _rows = [];
            _error = AlertsText.HistoryUnavailable;
        }
        _loaded = true;
    }

    private static string LabelOrNone(string value) => value.Length == 0 ? AlertsText.NoLabel : value;
}
