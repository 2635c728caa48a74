using System.Collections.Concurrent;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Alerts;

/// <summary>Alertmanager as far as silences go: records every write, answers ids the test chooses.</summary>
internal sealed class FakeAlertmanager : IAlertmanagerClient
{
    private int _next;

    public ConcurrentQueue<SilenceDraft> Posted { get; } = new();
    public ConcurrentQueue<string> Expired { get; } = new();
    public ConcurrentDictionary<string, Silence> Silences { get; } = new();

    /// <summary>When set, an update answers this id instead of the one it was given (as Alertmanager may).</summary>
    public string? NextUpdateId { get; set; }

    public Task<string> PostSilenceAsync(SilenceDraft silence, CancellationToken cancellationToken)
    {
        Posted.Enqueue(silence);
        var id = silence.Id is null ? $"silence-{Interlocked.Increment(ref _next)}" : NextUpdateId ?? silence.Id;
        if (silence.Id is not null && id != silence.Id && Silences.TryGetValue(silence.Id, out var old))
        {
            Silences[silence.Id] = old with { State = SilenceState.Expired };
        }
        Silences[id] = new Silence
        {
            Id = id,
            Matchers = silence.Matchers,
            StartsAt = silence.StartsAt,
            EndsAt = silence.EndsAt,
            CreatedBy = silence.CreatedBy,
            Comment = silence.Comment,
            State = SilenceState.Active,
        };
        return Task.FromResult(id);
    }

    public Task ExpireSilenceAsync(string id, CancellationToken cancellationToken)
    {
        Expired.Enqueue(id);
        if (!Silences.TryGetValue(id, out var silence))
        {
            throw new AlertmanagerApiException("not_found", 404, "silence not found", "api/v2/silence", null);
        }
        Silences[id] = silence with { State = SilenceState.Expired };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Silence>> GetSilencesAsync(IReadOnlyList<Matcher>? filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Silence>>([.. Silences.Values]);

    public Task<Silence?> GetSilenceAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Silences.GetValueOrDefault(id));

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Alert>>([]);

    public Task<IReadOnlyList<AlertGroup>> GetAlertGroupsAsync(AlertFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AlertGroup>>([]);

    public Task<AlertmanagerStatus> GetStatusAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class MemoryAckStore : IAckStore
{
    private readonly Lock _gate = new();
    private readonly List<Ack> _acks = [];

    public IReadOnlyList<Ack> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _acks];
            }
        }
    }

    public Task<Ack> AddAsync(NewAck ack, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = new Ack { Id = _acks.Count + 1, Fingerprint = ack.Fingerprint, SilenceId = ack.SilenceId, By = ack.By, At = ack.At, Note = ack.Note };
            _acks.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<Ack?> FindActiveAsync(string fingerprint, CancellationToken cancellationToken) =>
        Task.FromResult(All.LastOrDefault(a => a.Fingerprint == fingerprint && a.EndedAt is null));

    public Task<IReadOnlyList<Ack>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ack>>([.. All.Where(a => a.EndedAt is null)]);

    public Task<bool> UpdateSilenceIdAsync(long ackId, string silenceId, CancellationToken cancellationToken) =>
        Task.FromResult(Change(ackId, a => a with { SilenceId = silenceId }));

    public Task<bool> EndAsync(long ackId, DateTimeOffset endedAt, CancellationToken cancellationToken) =>
        Task.FromResult(Change(ackId, a => a.EndedAt is null ? a with { EndedAt = endedAt } : null));

    public Task<IReadOnlyList<Ack>> HistoryAsync(string fingerprint, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ack>>([.. All.Where(a => a.Fingerprint == fingerprint).Reverse()]);

    private bool Change(long id, Func<Ack, Ack?> change)
    {
        lock (_gate)
        {
            var index = _acks.FindIndex(a => a.Id == id);
            if (index < 0 || change(_acks[index]) is not { } changed)
            {
                return false;
            }
            _acks[index] = changed;
            return true;
        }
    }
}

internal sealed class MemoryAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditRecord> Records { get; } = new();

    public Task<AuditEntry> WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        Records.Enqueue(record);
        return Task.FromResult(new AuditEntry { Id = Records.Count, At = DateTimeOffset.UnixEpoch, Actor = record.Actor, Action = record.Action, Target = record.Target, Detail = record.Detail });
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
}
