namespace OpsConsole.Web.Storage;

/// <summary>Who did what, when: sign-ins, preference changes, acks, silences. Append-only.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry stamped with the current time.</summary>
    Task<AuditEntry> WriteAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Newest first, filtered and paged.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}

/// <summary>What to record. Never put a secret (password, token, hash, cookie) in any field.</summary>
public sealed record AuditRecord
{
    /// <summary>The signed-in name (e.g. "alice", "kiosk:noc-wall", "api:ci"), or "anonymous".</summary>
    public required string Actor { get; init; }

    /// <summary>One of <see cref="AuditActions"/> (or a new dotted name).</summary>
    public required string Action { get; init; }

    /// <summary>What it was done to (an alert fingerprint, a silence id, a user name...).</summary>
    public string? Target { get; init; }

    /// <summary>Free text for people (an ack note, a preference's new value).</summary>
    public string? Detail { get; init; }

    /// <summary>The client address, when it came over HTTP.</summary>
    public string? Address { get; init; }
}

public sealed record AuditEntry
{
    public required long Id { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? Target { get; init; }
    public string? Detail { get; init; }
    public string? Address { get; init; }
}

public sealed record AuditQuery
{
    public const int MaxPageSize = 200;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    /// <summary>Exact actor name.</summary>
    public string? Actor { get; init; }

    /// <summary>Exact action, or a prefix ending in '.' (e.g. "auth.").</summary>
    public string? Action { get; init; }

    /// <summary>Inclusive.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTimeOffset? To { get; init; }
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, long Total);
