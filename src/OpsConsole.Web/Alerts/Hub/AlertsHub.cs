using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts.Hub;

/// <summary>
/// <c>/hubs/alerts</c> for clients outside the Blazor UI (wall screens, scripts): on connect the caller gets
/// <see cref="SnapshotMethod"/> with an <see cref="AlertSnapshotMessage"/>, then <see cref="EventMethod"/> with every
/// later <see cref="AlertEventMessage"/>, in sequence order. JSON and MessagePack. Read-only, so wall screens
/// (Kiosk) may listen too: <see cref="Policies.ViewBoards"/>.
/// </summary>
[Authorize(Policy = Policies.ViewBoards)]
public sealed class AlertsHub(AlertHubSubscriptions subscriptions, IAlertStream stream) : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Route = "/hubs/alerts";
    public const string SnapshotMethod = "Snapshot";
    public const string EventMethod = "AlertEvent";

    public override Task OnConnectedAsync() => subscriptions.StartAsync(Context, Context.ConnectionAborted);

    public override Task OnDisconnectedAsync(Exception? exception) => subscriptions.StopAsync(Context.ConnectionId).AsTask();

    /// <summary>A fresh snapshot, e.g. to check a local copy; events already received with a higher sequence still apply on top.</summary>
    [Authorize(Policy = Policies.ViewBoards)]
    public AlertSnapshotMessage GetSnapshot() => AlertMessages.Snapshot(stream.Current, stream.ReconciledAt);
}
