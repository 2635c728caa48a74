using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfAckStore(IDbContextFactory<ConsoleDbContext> contexts) : IAckStore
{
    public async Task<Ack> AddAsync(NewAck ack, CancellationToken cancellationToken)
    {
        var row = new AckRow
        {
            Fingerprint = ack.Fingerprint,
            SilenceId = ack.SilenceId,
            By = ack.By,
            At = ack.At,
            Note = ack.Note,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Acks.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToAck(row);
    }

    public async Task<Ack?> FindActiveAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Acks.AsNoTracking()
            .Where(a => a.Fingerprint == fingerprint && a.EndedAt == null)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToAck(row);
    }

    public async Task<IReadOnlyList<Ack>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Acks.AsNoTracking().Where(a => a.EndedAt == null).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToAck).ToList();
    }

    public async Task<bool> UpdateSilenceIdAsync(long ackId, string silenceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var changed = await db.Acks.Where(a => a.Id == ackId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.SilenceId, silenceId), cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<bool> EndAsync(long ackId, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Acks.FirstOrDefaultAsync(a => a.Id == ackId && a.EndedAt == null, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }
        row.EndedAt = endedAt;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<Ack>> HistoryAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Acks.AsNoTracking().Where(a => a.Fingerprint == fingerprint)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToAck).ToList();
    }

    private static Ack ToAck(AckRow row) => new()
    {
        Id = row.Id,
        Fingerprint = row.Fingerprint,
        SilenceId = row.SilenceId,
        By = row.By,
        At = row.At,
        Note = row.Note,
        EndedAt = row.EndedAt,
    };
}
