using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>Every recorded alert change, filtered by alertname, severity and time range, with MTTA and MTTR per alertname; a second tab has them per service × severity × week.</summary>
public sealed partial class HistoryPage
{
    private const string LocalFormat = "yyyy-MM-ddTHH:mm";
    private static readonly int[] PageSizes = [25, 50, 100, AlertHistoryFilter.MaxPageSize];

    private MudTable<AlertHistoryEntry>? _table;
    private IReadOnlyList<AlertResponseStats> _stats = [];
    private string? _alertName;
    private string? _severity;
    private string? _fromText;
    private string? _toText;
    private string? _error;

    [Inject]
    private IAlertHistoryQuery History { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized()
    {
        var now = Time.GetUtcNow();
        _fromText = ToLocalText(now.AddDays(-1));
        _toText = ToLocalText(now);
    }

    protected override Task OnInitializedAsync() => LoadStatsAsync();

    private async Task ApplyAsync()
    {
        await LoadStatsAsync();
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }
    }

    private (DateTimeOffset From, DateTimeOffset To) Range()
    {
        var to = FromLocalText(_toText) ?? Time.GetUtcNow();
        var from = FromLocalText(_fromText) ?? to.AddDays(-1);
        return (from, to);
    }

    private async Task LoadStatsAsync()
    {
        var (from, to) = Range();
        try
        {
            var stats = await History.ResponseTimesAsync(from, to, CancellationToken.None);
            _stats = string.IsNullOrWhiteSpace(_alertName) ? stats : [.. stats.Where(s => s.AlertName == _alertName.Trim())];
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = AlertsText.HistoryUnavailable;
        }
    }

    private async Task<TableData<AlertHistoryEntry>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var (from, to) = Range();
        var filter = new AlertHistoryFilter
        {
            From = from,
            To = to,
            AlertName = string.IsNullOrWhiteSpace(_alertName) ? null : _alertName.Trim(),
            Matchers = string.IsNullOrWhiteSpace(_severity) ? [] : [new Matcher(AlertSeverity.LabelName, MatchOperator.Equal, _severity.Trim())],
            Page = state.Page + 1,
            PageSize = Math.Clamp(state.PageSize, 1, AlertHistoryFilter.MaxPageSize),
        };
        try
        {
            var page = await History.QueryAsync(filter, cancellationToken);
            return new TableData<AlertHistoryEntry> { Items = page.Entries, TotalItems = page.Total };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = AlertsText.HistoryUnavailable;
            return new TableData<AlertHistoryEntry> { Items = [], TotalItems = 0 };
        }
    }

    private static string LabelText(IReadOnlyDictionary<string, string> labels) =>
        string.Join(", ", labels.Where(p => p.Key != "alertname").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private string ToLocalText(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Time.LocalTimeZone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    private DateTimeOffset? FromLocalText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text, [LocalFormat, LocalFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Time.LocalTimeZone.GetUtcOffset(unspecified));
    }
}
