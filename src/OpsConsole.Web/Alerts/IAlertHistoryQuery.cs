using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts;

/// <summary>
/// Reads the alert history the recorder stores (every pending, firing, resolved, silenced, unsilenced,
/// acknowledged and unacknowledged change of every alert). <see cref="AlertHistoryEntry.By"/> is the person for
/// acks and the silence's creator for silences; <see cref="AlertHistoryEntry.State"/> is one of <see cref="AlertHistoryStates"/>.
/// </summary>
public interface IAlertHistoryQuery
{
    /// <summary>One alert's changes, OLDEST first (a timeline reads top to bottom); at most 500.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> TimelineAsync(string fingerprint, CancellationToken cancellationToken);

    /// <summary>The history page: filtered, newest first, paged.</summary>
    Task<AlertHistoryPage> QueryAsync(AlertHistoryFilter filter, CancellationToken cancellationToken);

    /// <summary>MTTA and MTTR per alertname for incidents that fired in [<paramref name="from"/>, <paramref name="to"/>), by alertname.</summary>
    Task<IReadOnlyList<AlertResponseStats>> ResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>MTTA and MTTR per service × severity × week (weeks of the display time zone) for incidents that fired in the range, with the week-over-week trend.</summary>
    Task<IReadOnlyList<WeeklyResponseTimes>> WeeklyResponseTimesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
