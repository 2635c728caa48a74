using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts;

/// <summary>Filters of the history page. All optional; the range defaults to the last 24 hours.</summary>
public sealed record AlertHistoryFilter
{
    public const int MaxPageSize = 200;

    /// <summary>Inclusive; null: <see cref="To"/> minus 24 h.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive; null: now.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Exact alertname.</summary>
    public string? AlertName { get; init; }

    /// <summary>One of <see cref="AlertHistoryStates"/>.</summary>
    public string? State { get; init; }

    /// <summary>Exact fingerprint.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Label matchers (Alertmanager syntax, parsed with <c>MatcherParser</c>) the entry's labels must all match.</summary>
    public IReadOnlyList<Matcher> Matchers { get; init; } = [];

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>One page of history entries, newest first. <see cref="Total"/> counts every matching entry in the range.</summary>
public sealed record AlertHistoryPage(IReadOnlyList<AlertHistoryEntry> Entries, int Page, int PageSize, int Total);

/// <summary>
/// Response times of one alertname over a range, counting incidents that FIRED in the range. MTTA: fired to first
/// acknowledgement, over the acknowledged incidents; MTTR: fired to resolved, over the resolved ones. Null when none.
/// </summary>
public sealed record AlertResponseStats
{
    public required string AlertName { get; init; }

    public required int Incidents { get; init; }

    public required int Acknowledged { get; init; }

    public required int Resolved { get; init; }

    public TimeSpan? MeanTimeToAcknowledge { get; init; }

    public TimeSpan? MeanTimeToResolve { get; init; }

    public static AlertResponseStats Of(string alertName, ResponseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new AlertResponseStats
        {
            AlertName = alertName,
            Incidents = summary.Incidents,
            Acknowledged = summary.Acknowledged,
            Resolved = summary.Resolved,
            MeanTimeToAcknowledge = summary.MeanTimeToAcknowledge,
            MeanTimeToResolve = summary.MeanTimeToResolve,
        };
    }
}
