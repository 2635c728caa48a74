namespace OpsConsole.Web.Storage;

/// <summary>
/// Explore's query history, per user: every expression they ran (once, with a run count), which they starred
/// and what they named it. Nobody reads or changes another user's history.
/// </summary>
public interface IQueryHistoryStore
{
    /// <summary>Records a run of <paramref name="expression"/> by <paramref name="owner"/>; the entry as it is now.</summary>
    Task<QueryHistoryEntry> RecordRunAsync(string owner, string expression, CancellationToken cancellationToken);

    /// <summary>The owner's starred entries first, then the most recently run, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<QueryHistoryEntry>> ListAsync(string owner, int limit, CancellationToken cancellationToken);

    /// <summary>Stars or unstars; false when the owner has no such entry.</summary>
    Task<bool> SetStarredAsync(string owner, long id, bool starred, CancellationToken cancellationToken);

    /// <summary>Names an entry (null or blank removes the name); false when the owner has no such entry.</summary>
    Task<bool> RenameAsync(string owner, long id, string? name, CancellationToken cancellationToken);

    /// <summary>Forgets an entry; false when the owner has no such entry.</summary>
    Task<bool> DeleteAsync(string owner, long id, CancellationToken cancellationToken);
}

public sealed record QueryHistoryEntry
{
    /// <summary>Longest expression kept (the column's length).</summary>
    public const int MaxExpressionLength = ConsoleDbContext.TextLength;

    /// <summary>Longest name kept.</summary>
    public const int MaxNameLength = ConsoleDbContext.NameLength;

    /// <summary>Unstarred entries kept per user; older ones are forgotten.</summary>
    public const int MaxUnstarredPerOwner = 500;

    public required long Id { get; init; }
    public required string Expression { get; init; }
    public string? Name { get; init; }
    public required bool Starred { get; init; }
    public required int RunCount { get; init; }
    public required DateTimeOffset FirstRunAt { get; init; }
    public required DateTimeOffset LastRunAt { get; init; }
}
