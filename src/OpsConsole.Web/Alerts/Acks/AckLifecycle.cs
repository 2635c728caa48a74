using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.Acks;

/// <summary>
/// Keeps acknowledgements exactly as long as their incident: when an acknowledged alert resolves, its silence is
/// expired and the ack record ended, so a recurrence notifies again. On start, after the first reconcile pass
/// (acks attach to current alerts only), the open acks are put back on the stream, and those whose alert resolved
/// meanwhile are ended. Periodically, silences of acks still firing are extended, and a new id is followed.
/// </summary>
internal sealed partial class AckLifecycle(
    AlertStream stream,
    IAlertmanagerClient alertmanager,
    IAckStore acks,
    IAuditLog audit,
    AckGate gate,
    IOptionsMonitor<ConsoleAlertOptions> options,
    TimeProvider timeProvider,
    ILogger<AckLifecycle> logger) : BackgroundService
{
    private static readonly TimeSpan ReconcilePoll = TimeSpan.FromMilliseconds(200);

    /// <summary>Set once the open acks were put back after start (tests wait on it).</summary>
    public Task Restored => _restored.Task;

    private readonly TaskCompletionSource _restored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AlertSubscription? _subscription;

    /// <summary>Subscribes before anything else runs (ExecuteAsync starts on another thread), so no resolution is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = stream.Subscribe(OnEventAsync);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (stream.ReconciledAt is null)
            {
                await Task.Delay(ReconcilePoll, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            await RunGuardedAsync(RestoreAsync, stoppingToken).ConfigureAwait(false);
            _restored.TrySetResult();

            using var timer = new PeriodicTimer(options.CurrentValue.AckMaintenanceInterval, timeProvider);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunGuardedAsync(MaintainAsync, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async ValueTask OnEventAsync(AlertStreamEvent change, CancellationToken cancellationToken)
    {
        if (change.Change != AlertChange.Resolved)
        {
            return;
        }
        await RunGuardedAsync(async ct =>
        {
            using var _ = await gate.EnterAsync(ct).ConfigureAwait(false);
            if (await acks.FindActiveAsync(change.Fingerprint, ct).ConfigureAwait(false) is not { } open)
            {
                return;
            }
            // Events are handled a little later than they happen: an ack of a NEW incident of the same alert,
            // made after this one resolved, must survive.
            if (stream.Current.Find(change.Fingerprint) is { } current && open.At >= current.StartsAt)
            {
                return;
            }
            await EndAsync(open, "the alert resolved", ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After start: acks of current alerts go back on the stream; the rest resolved while the console was away.</summary>
    private async Task RestoreAsync(CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        foreach (var open in await acks.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (stream.Current.Find(open.Fingerprint) is null)
            {
                await EndAsync(open, "the alert resolved while the console was not running", cancellationToken).ConfigureAwait(false);
                continue;
            }
            stream.Acknowledge(open.Fingerprint, new Acknowledgement(open.By, open.At, open.Note, open.SilenceId));
        }
    }

    /// <summary>Extends the silences of acks whose alert still fires; ends acks whose silence someone else expired.</summary>
    internal async Task MaintainAsync(CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        var duration = options.CurrentValue.AckSilenceDuration;
        foreach (var open in await acks.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (stream.Current.Find(open.Fingerprint) is not { } alert)
            {
                // Only after the restore: until then "not current" may just mean "not read yet".
                if (stream.ReconciledAt is not null)
                {
                    await EndAsync(open, "the alert is no longer current", cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            var silence = await alertmanager.GetSilenceAsync(open.SilenceId, cancellationToken).ConfigureAwait(false);
            if (silence is null || silence.State == Core.Alerts.SilenceState.Expired)
            {
                await EndAsync(open, "its silence was expired outside the console", cancellationToken).ConfigureAwait(false);
                continue;
            }
            var now = timeProvider.GetUtcNow();
            if (silence.EndsAt - now > duration / 2)
            {
                continue;
            }
            var id = await alertmanager.PostSilenceAsync(new SilenceDraft
            {
                Id = silence.Id,
                Matchers = silence.Matchers,
                StartsAt = silence.StartsAt,
                EndsAt = now + duration,
                CreatedBy = silence.CreatedBy,
                Comment = silence.Comment,
            }, cancellationToken).ConfigureAwait(false);
            LogExtended(logger, open.Fingerprint, id, now + duration);
            if (id != open.SilenceId)
            {
                await acks.UpdateSilenceIdAsync(open.Id, id, cancellationToken).ConfigureAwait(false);
                if (alert.Acknowledgement is { } shown)
                {
                    stream.Acknowledge(open.Fingerprint, shown with { SilenceId = id });
                }
            }
        }
    }

    private async Task EndAsync(Ack open, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await alertmanager.ExpireSilenceAsync(open.SilenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (AlertmanagerApiException ex) when (ex.ErrorType == "not_found")
        {
            // Gone already (Alertmanager's retention, or someone expired and it aged out).
        }
        await acks.EndAsync(open.Id, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        stream.Unacknowledge(open.Fingerprint);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = AlertAuditActions.SystemActor,
            Action = AlertAuditActions.AckEnded,
            Target = open.Fingerprint,
            Detail = $"acknowledged by {open.By}; silence {open.SilenceId} expired: {reason}",
        }, cancellationToken).ConfigureAwait(false);
        LogEnded(logger, open.Fingerprint, open.SilenceId, reason);
    }

    private async Task RunGuardedAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Alertmanager or the store away: the next event or maintenance pass tries again.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 5411, Level = LogLevel.Information,
        Message = "Acknowledgement of {Fingerprint} ended, silence {SilenceId} expired: {Reason}")]
    private static partial void LogEnded(ILogger logger, string fingerprint, string silenceId, string reason);

    [LoggerMessage(EventId = 5412, Level = LogLevel.Information,
        Message = "Acknowledgement of {Fingerprint}: silence {SilenceId} extended to {EndsAt:o} while the alert fires")]
    private static partial void LogExtended(ILogger logger, string fingerprint, string silenceId, DateTimeOffset endsAt);

    [LoggerMessage(EventId = 5413, Level = LogLevel.Warning,
        Message = "Acknowledgement upkeep failed; it is tried again with the next event or pass")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
