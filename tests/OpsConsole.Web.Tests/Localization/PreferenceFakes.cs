using System.Collections.Concurrent;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Localization;

internal sealed class InMemoryPreferenceStore : IUserPreferenceStore
{
    private readonly ConcurrentDictionary<string, UserPreferences> _rows = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public Task<UserPreferences?> GetAsync(string userName, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(_rows.TryGetValue(userName, out var row) ? row : null);
    }

    public Task SaveAsync(UserPreferences preferences, CancellationToken cancellationToken)
    {
        _rows[preferences.UserName] = preferences;
        return Task.CompletedTask;
    }
}

internal sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public Task<AuditEntry> WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        return Task.FromResult(new AuditEntry
        {
            Id = _records.Count,
            At = DateTimeOffset.UnixEpoch,
            Actor = record.Actor,
            Action = record.Action,
            Target = record.Target,
            Detail = record.Detail,
            Address = record.Address,
        });
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The language tests only write.");
}
