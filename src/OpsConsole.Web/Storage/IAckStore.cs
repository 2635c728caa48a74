namespace OpsConsole.Web.Storage;

/// <summary>
/// Acknowledgements: an Alertmanager silence (the truth) plus this record of who acknowledged and why.
/// An ack ends when its alert resolves (or it is withdrawn); ended acks stay as history.
/// </summary>
public interface IAckStore
{
    Task<Ack> AddAsync(NewAck ack, CancellationToken cancellationToken);

    /// <summary>The open ack of an alert, if any.</summary>
    Task<Ack?> FindActiveAsync(string fingerprint, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ack>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Alertmanager may answer a silence update with a new id; false when the ack does not exist.</summary>
    Task<bool> UpdateSilenceIdAsync(long ackId, string silenceId, CancellationToken cancellationToken);

    /// <summary>Closes an open ack; false when it does not exist or had already ended.</summary>
    Task<bool> EndAsync(long ackId, DateTimeOffset endedAt, CancellationToken cancellationToken);

    /// <summary>Every ack of an alert, newest first.</summary>
    Task<IReadOnlyList<Ack>> HistoryAsync(string fingerprint, CancellationToken cancellationToken);
}

public sealed record NewAck
{
    public required string Fingerprint { get; init; }
    public required string SilenceId { get; init; }
    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Note { get; init; }
}

public sealed record Ack
{
    public required long Id { get; init; }
    public required string Fingerprint { get; init; }
    public required string SilenceId { get; init; }
    public required string By { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
}
