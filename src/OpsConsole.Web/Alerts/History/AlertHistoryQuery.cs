using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.History;

/// <inheritdoc cref="IAlertHistoryQuery"/>
/// <remarks>The store answers "since" and "per fingerprint"; filtering and the response-time math happen here,
/// over at most <see cref="ScanLimit"/> entries (a NOC's month of changes fits easily).</remarks>
internal sealed class AlertHistoryQuery(IAlertHistoryStore history, TimeProvider timeProvider) : IAlertHistoryQuery
{
    public const int ScanLimit = 50_000;
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

        var entries = await history.SinceAsync(from, ScanLimit, cancellationToken).ConfigureAwait(false);
        var matching = entries
            .Where(e => e.At < to)
            .Where(e => filter.AlertName is null || e.AlertName == filter.AlertName)
            .Where(e => filter.State is null || e.State == filter.State)
            .Where(e => filter.Fingerprint is null || e.Fingerprint == filter.Fingerprint)
            .Where(e => filter.Matchers.Count == 0 || Matcher.MatchesAll(filter.Matchers, new LabelSet(e.Labels)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToList();
        return new AlertHistoryPage([.. matching.Skip((page - 1) * size).Take(size)], page, size, matching.Count);
    }

    public async Task<IReadOnlyList<AlertResponseStats>> ResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // Everything since the range began: an incident that fired inside it may be acknowledged or resolved after it.
        var entries = await history.SinceAsync(from, ScanLimit, cancellationToken).ConfigureAwait(false);
        return ResponseTimes.Compute(entries, from, to);
    }
}
