namespace OpsConsole.Web.Storage;

/// <summary>PromQL queries people keep: their own, and the ones shared with everyone.</summary>
public interface ISavedQueryStore
{
    /// <summary>Creates or replaces the owner's query of that name.</summary>
    Task<SavedQuery> SaveAsync(string owner, string name, string expression, bool shared, CancellationToken cancellationToken);

    /// <summary>The owner's queries and everyone's shared ones, by name.</summary>
    Task<IReadOnlyList<SavedQuery>> ListAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Only the owner deletes; false when there is no such query of theirs.</summary>
    Task<bool> DeleteAsync(string owner, long id, CancellationToken cancellationToken);
}

public sealed record SavedQuery
{
    public required long Id { get; init; }
    public required string Owner { get; init; }
    public required string Name { get; init; }
    public required string Expression { get; init; }
    public required bool Shared { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
