using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfSavedQueryStore(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider time) : ISavedQueryStore
{
    public async Task<SavedQuery> SaveAsync(
        string owner, string name, string expression, bool shared, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.SavedQueries.FirstOrDefaultAsync(q => q.Owner == owner && q.Name == name, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new SavedQueryRow { Owner = owner, Name = name, Expression = expression, CreatedAt = now };
            db.SavedQueries.Add(row);
        }
        row.Expression = expression;
        row.Shared = shared;
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToQuery(row);
    }

    public async Task<IReadOnlyList<SavedQuery>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.SavedQueries.AsNoTracking().Where(q => q.Owner == owner || q.Shared)
            .OrderBy(q => q.Name).ThenBy(q => q.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToQuery).ToList();
    }

    public async Task<bool> DeleteAsync(string owner, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await db.SavedQueries.Where(q => q.Id == id && q.Owner == owner)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    }

    private static SavedQuery ToQuery(SavedQueryRow row) => new()
    {
        Id = row.Id,
        Owner = row.Owner,
        Name = row.Name,
        Expression = row.Expression,
        Shared = row.Shared,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
    };
}
