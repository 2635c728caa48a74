using OpsConsole.Core.Alerts.Response;

namespace OpsConsole.Web.Storage;

/// <summary>Every state change of every alert, as the console saw it (fired, resolved, acknowledged...).</summary>
public interface IAlertHistoryStore
{
    Task<AlertHistoryEntry> AppendAsync(NewAlertHistoryEntry entry, CancellationToken cancellationToken);

    /// <summary>One alert's changes, newest first.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> ForFingerprintAsync(string fingerprint, int limit, CancellationToken cancellationToken);

    /// <summary>All changes at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> SinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>How many changes match, counted in the database.</summary>
    Task<int> CountAsync(AlertHistorySelection selection, CancellationToken cancellationToken);

    /// <summary>One page of the matching changes, newest first, paged in the database.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> PageAsync(AlertHistorySelection selection, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The matching changes newest first, streamed (for filters SQL cannot express, applied by the caller as rows arrive).</summary>
    IAsyncEnumerable<AlertHistoryEntry> StreamAsync(AlertHistorySelection selection, CancellationToken cancellationToken);

    /// <summary>The firing, acknowledged and resolved changes in [<paramref name="from"/>, <paramref name="to"/>), in time order, streamed.</summary>
    IAsyncEnumerable<AlertTransition> TransitionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Per fingerprint, its first "acknowledged" and first "resolved" at or after <paramref name="since"/> (at most two
    /// rows each, aggregated in the database), in time order: how incidents still open at a window's end were answered.
    /// </summary>
    Task<IReadOnlyList<AlertTransition>> FirstAnswersAsync(IReadOnlyCollection<string> fingerprints, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>Which changes: [From, To) and exact column values, each optional (null: any).</summary>
public sealed record AlertHistorySelection
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public string? AlertName { get; init; }
    public string? State { get; init; }
    public string? Fingerprint { get; init; }
    public string? Service { get; init; }
    public string? Severity { get; init; }
}

public sealed record NewAlertHistoryEntry
{
    public required string Fingerprint { get; init; }
    public required string AlertName { get; init; }

    /// <summary>Stored as a JSON object.</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>e.g. "firing", "resolved", "acknowledged", "silenced".</summary>
    public required string State { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who caused it, when a person did (an ack); null for Alertmanager's own changes.</summary>
    public string? By { get; init; }
}

public sealed record AlertHistoryEntry
{
    public required long Id { get; init; }
    public required string Fingerprint { get; init; }
    public required string AlertName { get; init; }
    public required IReadOnlyDictionary<string, string> Labels { get; init; }
    public required string State { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? By { get; init; }
}
