using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Audit;

/// <summary>The audit log for admins: newest first, filtered by actor, action and date range.</summary>
public sealed partial class AuditPage
{
    [Inject]
    private ILogger<AuditPage> Logger { get; set; } = default!;

    private static readonly int[] PageSizes = [25, 50, 100, AuditQuery.MaxPageSize];

    private MudTable<AuditEntry>? _table;
    private string? _actor;
    private string? _action;
    private DateTime? _from;
    private DateTime? _to;
    private bool _failed;

    [Inject]
    private IAuditLog Audit { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private Task ApplyAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<AuditEntry>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var zone = Time.LocalTimeZone;
        var query = new AuditQuery
        {
            Page = state.Page + 1,
            PageSize = Math.Clamp(state.PageSize, 1, AuditQuery.MaxPageSize),
            Actor = string.IsNullOrWhiteSpace(_actor) ? null : _actor.Trim(),
            Action = string.IsNullOrWhiteSpace(_action) ? null : _action.Trim(),
            // Whole local days: "to" includes the day picked.
            From = _from is { } from ? StartOfDay(from, zone) : null,
            To = _to is { } to ? StartOfDay(to.AddDays(1), zone) : null,
        };
        try
        {
            var page = await Audit.QueryAsync(query, cancellationToken);
            _failed = false;
            return new TableData<AuditEntry> { Items = page.Entries, TotalItems = (int)Math.Min(int.MaxValue, page.Total) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex);
            _failed = true;
            return new TableData<AuditEntry> { Items = [], TotalItems = 0 };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log could not be read")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    private string Local(DateTimeOffset at) => DisplayTime.DateTime(at, Time);

    private static DateTimeOffset StartOfDay(DateTime day, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
