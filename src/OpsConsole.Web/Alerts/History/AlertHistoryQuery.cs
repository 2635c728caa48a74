using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.History;

/// <inheritdoc cref="IAlertHistoryQuery"/>
/// <remarks>
/// Everything runs in the database: the range and exact filters (alertname, state, fingerprint, and equality
/// matchers on alertname, service and severity) become SQL, paged there. Other matchers (regex, "!=", other
/// labels) are applied to the rows as the database streams them, so the total stays exact at any range.
/// Response times stream the range's firing/ack/resolve changes and then ask only for the first ack and resolve of the
/// incidents still open at its end (<see cref="IAlertHistoryStore.FirstAnswersAsync"/>), never the rest of the table.
/// </remarks>
internal sealed class AlertHistoryQuery(IAlertHistoryStore history, TimeProvider timeProvider) : IAlertHistoryQuery
{
    public const int TimelineLimit = 500;
    private static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<AlertHistoryEntry>> TimelineAsync(string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var newestFirst = await history.ForFingerprintAsync(fingerprint, TimelineLimit, cancellationToken).ConfigureAwait(false);
        return [.. newestFirst.OrderBy(e => e.At).ThenBy(e => e.Id)];
    }

    public async Task<AlertHistoryPage> QueryAsync(AlertHistoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var to = filter.To ?? timeProvider.GetUtcNow();
        var from = filter.From ?? to - DefaultRange;
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, AlertHistoryFilter.MaxPageSize);
        var (selection, rest) = HistorySelection.Of(filter, from, to);

        if (rest.Count == 0)
        {
            var total = await history.CountAsync(selection, cancellationToken).ConfigureAwait(false);
            var entries = await history.PageAsync(selection, (page - 1) * size, size, cancellationToken).ConfigureAwait(false);
            return new AlertHistoryPage(entries, page, size, total);
        }

        var matching = 0;
        var pageEntries = new List<AlertHistoryEntry>(size);
        await foreach (var entry in history.StreamAsync(selection, cancellationToken).ConfigureAwait(false))
        {
            if (!Matcher.MatchesAll(rest, new LabelSet(entry.Labels)))
            {
                continue;
            }
            if (matching >= (page - 1) * size && pageEntries.Count < size)
            {
                pageEntries.Add(entry);
            }
            matching++;
        }
        return new AlertHistoryPage(pageEntries, page, size, matching);
    }

    public async Task<IReadOnlyList<AlertResponseStats>> ResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var incidents = await IncidentsAsync(from, to, cancellationToken).ConfigureAwait(false);
        return [.. ResponseSummary.PerAlertName(incidents).Select(s => AlertResponseStats.Of(s.AlertName, s.Summary))];
    }

    public async Task<IReadOnlyList<WeeklyResponseTimes>> WeeklyResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var incidents = await IncidentsAsync(from, to, cancellationToken).ConfigureAwait(false);
        return WeeklyResponseTimes.Table(incidents, timeProvider.LocalTimeZone);
    }

    /// <summary>The window's changes, streamed; then, for the incidents still open at its end, how they were answered after it.</summary>
    private async Task<IReadOnlyList<Incident>> IncidentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var tracker = new IncidentTracker(from, to);
        await foreach (var change in history.TransitionsAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            tracker.Add(change);
        }
        foreach (var answer in await history.FirstAnswersAsync(tracker.OpenInWindow(), to, cancellationToken).ConfigureAwait(false))
        {
            tracker.Add(answer);
        }
        return tracker.Incidents();
    }
}
