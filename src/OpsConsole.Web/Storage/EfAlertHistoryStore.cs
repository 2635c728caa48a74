using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Alerts;

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
            Service = Column(entry.Labels, "service", ConsoleDbContext.NameLength),
            Severity = Column(entry.Labels, "severity", ConsoleDbContext.LabelValueLength),
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

    public async Task<int> CountAsync(AlertHistorySelection selection, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Select(db, selection).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AlertHistoryEntry>> PageAsync(
        AlertHistorySelection selection, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await NewestFirst(Select(db, selection)).Skip(Math.Max(0, skip)).Take(Math.Max(1, take))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToEntry).ToList();
    }

    public async IAsyncEnumerable<AlertHistoryEntry> StreamAsync(
        AlertHistorySelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in NewestFirst(Select(db, selection)).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToEntry(row);
        }
    }

    public async IAsyncEnumerable<AlertTransition> TransitionsAsync(
        DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // In IX_alert_history_At order, so the first row streams at once: SQLite's index carries the id; PostgreSQL
        // sorts only rows of the same millisecond (incremental sort). A join on "fired in the window" cost more
        // (a full sort, and PostgreSQL's JIT) than the rows it saves, which the tracker skips anyway.
        var rows = db.AlertHistory.AsNoTracking()
            .Where(h => h.At >= from && h.At < to
                        && (h.State == AlertHistoryStates.Firing || h.State == AlertHistoryStates.Acknowledged || h.State == AlertHistoryStates.Resolved))
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            // The state as a number, and names and labels only on "firing" rows (the only ones the tracker reads them
            // from): a 200,000-row quarter is mostly the strings it does not make.
            .Select(h => new
            {
                h.Fingerprint,
                Kind = h.State == AlertHistoryStates.Firing ? TransitionKind.Fired
                    : h.State == AlertHistoryStates.Acknowledged ? TransitionKind.Acknowledged : TransitionKind.Resolved,
                AlertName = h.State == AlertHistoryStates.Firing ? h.AlertName : null,
                Service = h.State == AlertHistoryStates.Firing ? h.Service : null,
                Severity = h.State == AlertHistoryStates.Firing ? h.Severity : null,
                h.At,
            });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new AlertTransition(row.Fingerprint, row.AlertName ?? string.Empty, row.Service, row.Severity, row.Kind, row.At);
        }
    }

    public async Task<IReadOnlyList<AlertTransition>> FirstAnswersAsync(
        IReadOnlyCollection<string> fingerprints, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (fingerprints.Count == 0)
        {
            return [];
        }
        var wanted = fingerprints.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var firsts = await db.AlertHistory.AsNoTracking()
            .Where(h => wanted.Contains(h.Fingerprint) && h.At >= since
                        && (h.State == AlertHistoryStates.Acknowledged || h.State == AlertHistoryStates.Resolved))
            .GroupBy(h => new { h.Fingerprint, h.State })
            .Select(g => new { g.Key.Fingerprint, g.Key.State, At = g.Min(h => h.At) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The tracker ignores names and labels on answers; only the open incident's own matter.
        return [.. firsts
            .Select(f => new AlertTransition(f.Fingerprint, string.Empty, null, null, Kind(f.State), f.At))
            .OrderBy(t => t.At).ThenBy(t => t.Kind)];
    }

    private static TransitionKind Kind(string state) => state switch
    {
        AlertHistoryStates.Firing => TransitionKind.Fired,
        AlertHistoryStates.Acknowledged => TransitionKind.Acknowledged,
        _ => TransitionKind.Resolved,
    };

    private static IQueryable<AlertHistoryRow> Select(ConsoleDbContext db, AlertHistorySelection s)
    {
        var rows = db.AlertHistory.AsNoTracking().Where(h => h.At >= s.From && h.At < s.To);
        if (s.AlertName is { } alertName)
        {
            rows = rows.Where(h => h.AlertName == alertName);
        }
        if (s.State is { } state)
        {
            rows = rows.Where(h => h.State == state);
        }
        if (s.Fingerprint is { } fingerprint)
        {
            rows = rows.Where(h => h.Fingerprint == fingerprint);
        }
        if (s.Service is { } service)
        {
            rows = rows.Where(h => h.Service == service);
        }
        if (s.Severity is { } severity)
        {
            rows = rows.Where(h => h.Severity == severity);
        }
        return rows;
    }

    private static IQueryable<AlertHistoryRow> NewestFirst(IQueryable<AlertHistoryRow> rows) =>
        rows.OrderByDescending(h => h.At).ThenByDescending(h => h.Id);

    // A value longer than the column (never seen in practice) is cut rather than failing the whole entry.
    private static string? Column(IReadOnlyDictionary<string, string> labels, string name, int length) =>
        labels.TryGetValue(name, out var value) ? value[..Math.Min(value.Length, length)] : null;

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
