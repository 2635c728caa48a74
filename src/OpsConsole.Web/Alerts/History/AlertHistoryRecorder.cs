using OpsConsole.Core.Alerts.Live;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.History;

/// <summary>
/// Stores every state change of the live alerts (<see cref="AlertHistoryStates"/>; in-place updates are not kept),
/// in stream order. "acknowledged" records who; "silenced" records the creator of the silence, asked of
/// Alertmanager (best effort). A store failure loses that one entry and is logged, nothing else stops.
/// </summary>
internal sealed partial class AlertHistoryRecorder(
    IAlertStream stream, IAlertHistoryStore history, IAlertmanagerClient alertmanager, ILogger<AlertHistoryRecorder> logger)
    : BackgroundService
{
    private long _recorded;

    /// <summary>The sequence number of the last event handled (tests wait for it).</summary>
    public long Recorded => Interlocked.Read(ref _recorded);

    private AlertSubscription? _subscription;

    /// <summary>Subscribes before anything else runs (ExecuteAsync starts on another thread): no early change goes unrecorded.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = stream.Subscribe(RecordAsync);
        Interlocked.Exchange(ref _recorded, _subscription.Snapshot.Sequence);
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    private async ValueTask RecordAsync(AlertStreamEvent change, CancellationToken cancellationToken)
    {
        try
        {
            if (AlertHistoryStates.Of(change.Change) is { } state && !await AlreadyRecordedAsync(change, state, cancellationToken).ConfigureAwait(false))
            {
                await history.AppendAsync(new NewAlertHistoryEntry
                {
                    Fingerprint = change.Fingerprint,
                    AlertName = change.Alert.AlertName,
                    Labels = change.Alert.Labels.Values,
                    State = state,
                    At = change.At,
                    By = await ByAsync(change, cancellationToken).ConfigureAwait(false),
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotRecorded(logger, ex, change.Sequence, change.Change, change.Fingerprint);
        }
        finally
        {
            Interlocked.Exchange(ref _recorded, change.Sequence);
        }
    }

    /// <summary>
    /// After a restart the stream reports an incident it learns of again (e.g. "firing" before a late "resolved"):
    /// the same state at the same time (the store keeps milliseconds) as one of the alert's recent entries is that entry.
    /// </summary>
    private async Task<bool> AlreadyRecordedAsync(AlertStreamEvent change, string state, CancellationToken cancellationToken)
    {
        if (change.Change is not (AlertChange.Fired or AlertChange.Pending or AlertChange.Resolved))
        {
            return false;
        }
        var recent = await history.ForFingerprintAsync(change.Fingerprint, 20, cancellationToken).ConfigureAwait(false);
        return recent.Any(e => e.State == state && Math.Abs((e.At - change.At).TotalMilliseconds) < 1);
    }

    private async Task<string?> ByAsync(AlertStreamEvent change, CancellationToken cancellationToken)
    {
        switch (change.Change)
        {
            case AlertChange.Acknowledged:
                return change.Alert.Acknowledgement?.By;
            case AlertChange.Silenced when change.Alert.Acknowledgement is { SilenceId: { } ackSilence } ack
                                          && change.Alert.SilencedBy.Contains(ackSilence):
                return ack.By;
            case AlertChange.Silenced:
                var creators = new List<string>();
                foreach (var id in change.Alert.SilencedBy.Take(3))
                {
                    try
                    {
                        if (await alertmanager.GetSilenceAsync(id, cancellationToken).ConfigureAwait(false) is { } silence)
                        {
                            creators.Add(silence.CreatedBy);
                        }
                    }
                    catch (AlertmanagerApiException)
                    {
                        // Who silenced it is a nicety; the change itself is recorded regardless.
                    }
                }
                return creators.Count == 0 ? null : string.Join(", ", creators.Distinct(StringComparer.Ordinal));
            default:
                return null;
        }
    }

    [LoggerMessage(EventId = 5601, Level = LogLevel.Warning,
        Message = "Alert history entry not stored: event {Sequence} ({Change}) of {Fingerprint}")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, long sequence, AlertChange change, string fingerprint);
}
