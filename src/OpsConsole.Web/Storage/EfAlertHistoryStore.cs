using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfAlertHistoryStore(IDbContextFactory<ConsoleDbContext> contexts) : IAlertHistoryStore
{
    public async Task<AlertHistoryEntry> AppendAsync(NewAlertHistoryEntry entry, CancellationToken cancellationToken)
    {
        var row = new AlertHistoryRow
        {
            Fingerprint = entry.Fingerprint,
            AlertName = entry.AlertName,
            LabelsJson = JsonSerializer.Serialize(entry.Labels),
            State = entry.State,
            At = entry.At,
            By = entry.By,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.AlertHistory.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToEntry(row);
    }

    public async Task<IReadOnlyList<AlertHistoryEntry>> ForFingerprintAsync(
        string fingerprint, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.AlertHistory.AsNoTracking().Where(h => h.Fingerprint == fingerprint)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(Math.Max(1, limit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToEntry).ToList();
    }

    public async Task<IReadOnlyList<AlertHistoryEntry>> SinceAsync(
        DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.AlertHistory.AsNoTracking().Where(h => h.At >= since)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(Math.Max(1, limit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToEntry).ToList();
    }

    private static AlertHistoryEntry ToEntry(AlertHistoryRow row) => new()
    {
        Id = row.Id,
        Fingerprint = row.Fingerprint,
        AlertName = row.AlertName,
        Labels = JsonSerializer.Deserialize<Dictionary<string, string>>(row.LabelsJson) ?? [],
        State = row.State,
        At = row.At,
        By = row.By,
    };
}
