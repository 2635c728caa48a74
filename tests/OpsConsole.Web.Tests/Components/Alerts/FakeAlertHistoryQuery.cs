using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Components.Alerts;

/// <summary>History answered from lists the test fills.</summary>
public sealed class FakeAlertHistoryQuery : IAlertHistoryQuery
{
    public List<AlertHistoryEntry> Entries { get; } = [];

    public List<AlertResponseStats> Stats { get; } = [];

    public List<WeeklyResponseTimes> Weekly { get; } = [];

    public List<AlertHistoryFilter> Queries { get; } = [];

    public List<(DateTimeOffset From, DateTimeOffset To)> WeeklyQueries { get; } = [];

    public Task<IReadOnlyList<AlertHistoryEntry>> TimelineAsync(string fingerprint, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AlertHistoryEntry>>([.. Entries.Where(e => e.Fingerprint == fingerprint).OrderBy(e => e.At)]);

    public Task<AlertHistoryPage> QueryAsync(AlertHistoryFilter filter, CancellationToken cancellationToken)
    {
        Queries.Add(filter);
        var entries = Entries.Where(e => filter.AlertName is null || e.AlertName == filter.AlertName).OrderByDescending(e => e.At).ToList();
        return Task.FromResult(new AlertHistoryPage(entries, filter.Page, filter.PageSize, entries.Count));
    }

    public Task<IReadOnlyList<AlertResponseStats>> ResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AlertResponseStats>>([.. Stats]);

    public Task<IReadOnlyList<WeeklyResponseTimes>> WeeklyResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        WeeklyQueries.Add((from, to));
        return Task.FromResult<IReadOnlyList<WeeklyResponseTimes>>([.. Weekly]);
    }
}
