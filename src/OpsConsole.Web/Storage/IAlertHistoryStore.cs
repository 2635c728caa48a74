namespace OpsConsole.Web.Storage;

/// <summary>Every state change of every alert, as the console saw it (fired, resolved, acknowledged...).</summary>
public interface IAlertHistoryStore
{
    Task<AlertHistoryEntry> AppendAsync(NewAlertHistoryEntry entry, CancellationToken cancellationToken);

    /// <summary>One alert's changes, newest first.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> ForFingerprintAsync(string fingerprint, int limit, CancellationToken cancellationToken);

    /// <summary>All changes at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<AlertHistoryEntry>> SinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);
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
