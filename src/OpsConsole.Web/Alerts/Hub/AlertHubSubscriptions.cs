using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Web.Alerts.Hub;

/// <summary>
/// One <see cref="AlertSubscription"/> per hub connection: the snapshot goes out first, every event after it in
/// order (the subscription delivers one at a time, and each send is awaited). A connection too slow to keep up is
/// dropped by the stream; it is then aborted, so its client reconnects and starts from a fresh snapshot.
/// </summary>
public sealed partial class AlertHubSubscriptions(IAlertStream stream, IHubContext<AlertsHub> hub, ILogger<AlertHubSubscriptions> logger)
    : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, AlertSubscription> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    internal async Task StartAsync(HubCallerContext context, CancellationToken cancellationToken)
    {
        var client = hub.Clients.Client(context.ConnectionId);
        var snapshotSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = stream.Subscribe(async (change, ct) =>
        {
            await snapshotSent.Task.WaitAsync(ct).ConfigureAwait(false);
            await client.SendAsync(AlertsHub.EventMethod, AlertMessages.Event(change), ct).ConfigureAwait(false);
        });
        _connections[context.ConnectionId] = subscription;
        _ = subscription.Completion.ContinueWith(
            completed =>
            {
                if (completed.IsFaulted)
                {
                    LogDropped(logger, context.ConnectionId);
                    context.Abort();
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await client.SendAsync(AlertsHub.SnapshotMethod, AlertMessages.Snapshot(subscription.Snapshot, stream.ReconciledAt), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            snapshotSent.TrySetResult();
        }
    }

    internal ValueTask StopAsync(string connectionId) =>
        // Dispose (not DisposeAsync): the pump may be inside a send to this very connection.
        _connections.TryRemove(connectionId, out var subscription) ? DisposeOne(subscription) : ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var connectionId in _connections.Keys.ToList())
        {
            await StopAsync(connectionId).ConfigureAwait(false);
        }
    }

    private static ValueTask DisposeOne(AlertSubscription subscription)
    {
        subscription.Dispose();
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning,
        Message = "Alert hub connection {ConnectionId} fell too far behind and is disconnected; it will get a fresh snapshot on reconnect")]
    private static partial void LogDropped(ILogger logger, string connectionId);
}
