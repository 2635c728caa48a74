using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfQueryHistoryStore(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider time) : IQueryHistoryStore
{
    public Task<QueryHistoryEntry> RecordRunAsync(string owner, string expression, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expression.Length, QueryHistoryEntry.MaxExpressionLength, nameof(expression));
        return RecordRunAsync(owner, expression, retryOnConflict: true, cancellationToken);
    }

    private async Task<QueryHistoryEntry> RecordRunAsync(string owner, string expression, bool retryOnConflict, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = Hash(expression);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.QueryHistory.FirstOrDefaultAsync(h => h.Owner == owner && h.ExpressionHash == hash, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new QueryHistoryRow { Owner = owner, Expression = expression, ExpressionHash = hash, FirstRunAt = now };
            db.QueryHistory.Add(row);
        }
        row.RunCount++;
        row.LastRunAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (retryOnConflict && row.RunCount == 1)
        {
            // The same user ran the same query in two tabs at once: the other insert won; count this run on it.
            return await RecordRunAsync(owner, expression, retryOnConflict: false, cancellationToken).ConfigureAwait(false);
        }
        await ForgetOldestAsync(db, owner, cancellationToken).ConfigureAwait(false);
        return ToEntry(row);
    }

    public async Task<IReadOnlyList<QueryHistoryEntry>> ListAsync(string owner, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.QueryHistory.AsNoTracking().Where(h => h.Owner == owner)
            .OrderByDescending(h => h.Starred).ThenByDescending(h => h.LastRunAt).ThenByDescending(h => h.Id)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToEntry).ToList();
    }

    public async Task<bool> SetStarredAsync(string owner, long id, bool starred, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var changed = await db.QueryHistory.Where(h => h.Id == id && h.Owner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.Starred, starred), cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<bool> RenameAsync(string owner, long id, string? name, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (trimmed is { Length: > QueryHistoryEntry.MaxNameLength })
        {
            trimmed = trimmed[..QueryHistoryEntry.MaxNameLength];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var changed = await db.QueryHistory.Where(h => h.Id == id && h.Owner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.Name, trimmed), cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<bool> DeleteAsync(string owner, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await db.QueryHistory.Where(h => h.Id == id && h.Owner == owner)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    }

    // Starred entries stay; the unstarred tail beyond the cap goes.
    private static async Task ForgetOldestAsync(ConsoleDbContext db, string owner, CancellationToken cancellationToken)
    {
        var stale = await db.QueryHistory.AsNoTracking().Where(h => h.Owner == owner && !h.Starred)
            .OrderByDescending(h => h.LastRunAt).ThenByDescending(h => h.Id)
            .Skip(QueryHistoryEntry.MaxUnstarredPerOwner).Select(h => h.Id).Take(100)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (stale.Count > 0)
        {
            await db.QueryHistory.Where(h => stale.Contains(h.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Hash(string expression) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expression)));

    private static QueryHistoryEntry ToEntry(QueryHistoryRow row) => new()
    {
        Id = row.Id,
        Expression = row.Expression,
        Name = row.Name,
        Starred = row.Starred,
        RunCount = row.RunCount,
        FirstRunAt = row.FirstRunAt,
        LastRunAt = row.LastRunAt,
    };
}
