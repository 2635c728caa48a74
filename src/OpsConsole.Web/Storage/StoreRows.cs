namespace OpsConsole.Web.Storage;

// The tables. Mutable classes for EF only; callers see the records of the ports (IAuditLog, ...).

internal sealed class AuditEntryRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public string? Address { get; set; }
}

internal sealed class AckRow
{
    public long Id { get; set; }
    public required string Fingerprint { get; set; }
    public required string SilenceId { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}

internal sealed class AlertHistoryRow
{
    public long Id { get; set; }
    public required string Fingerprint { get; set; }
    public required string AlertName { get; set; }
    public required string LabelsJson { get; set; }

    /// <summary>The <c>service</c> label, copied out of <see cref="LabelsJson"/> so SQL can filter and group by it.</summary>
    public string? Service { get; set; }

    /// <summary>The <c>severity</c> label, likewise.</summary>
    public string? Severity { get; set; }

    public required string State { get; set; }
    public DateTimeOffset At { get; set; }
    public string? By { get; set; }
}

internal sealed class SavedQueryRow
{
    public long Id { get; set; }
    public required string Owner { get; set; }
    public required string Name { get; set; }
    public required string Expression { get; set; }
    public bool Shared { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class UserPreferenceRow
{
    public required string UserName { get; set; }
    public string? Theme { get; set; }
    public string? Language { get; set; }
    public string? DefaultBoard { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class QueryHistoryRow
{
    public long Id { get; set; }
    public required string Owner { get; set; }
    public required string Expression { get; set; }
    public required string ExpressionHash { get; set; }
    public string? Name { get; set; }
    public bool Starred { get; set; }
    public int RunCount { get; set; }
    public DateTimeOffset FirstRunAt { get; set; }
    public DateTimeOffset LastRunAt { get; set; }
}
