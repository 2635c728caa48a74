using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfAuditLog(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider time) : IAuditLog
{
    public async Task<AuditEntry> WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var row = new AuditEntryRow
        {
            At = time.GetUtcNow(),
            Actor = Clip(record.Actor, ConsoleDbContext.NameLength)!,
            Action = Clip(record.Action, 100)!,
            Target = Clip(record.Target, 400),
            Detail = Clip(record.Detail, ConsoleDbContext.TextLength),
            Address = Clip(record.Address, 64),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.AuditEntries.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToEntry(row);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        IQueryable<AuditEntryRow> rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            rows = rows.Where(r => r.Actor == query.Actor);
        }
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action;
            rows = action.EndsWith('.') ? rows.Where(r => r.Action.StartsWith(action)) : rows.Where(r => r.Action == action);
        }
        if (query.From is { } from)
        {
            rows = rows.Where(r => r.At >= from);
        }
        if (query.To is { } to)
        {
            rows = rows.Where(r => r.At < to);
        }
        var total = await rows.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var entries = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(entries.Select(ToEntry).ToList(), page, pageSize, total);
    }

    private static AuditEntry ToEntry(AuditEntryRow row) => new()
    {
        Id = row.Id,
        At = row.At,
        Actor = row.Actor,
        Action = row.Action,
        Target = row.Target,
        Detail = row.Detail,
        Address = row.Address,
    };

    private static string? Clip(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
