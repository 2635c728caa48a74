namespace OpsConsole.Core.Alerts.Live;

/// <summary>What readers of the live alerts need (Blazor components, the SignalR hub): a snapshot, then ordered events.</summary>
public interface IAlertStream
{
    /// <summary>The current alerts and the sequence number they include.</summary>
    AlertSnapshot Current { get; }

    /// <summary>When the last reconcile pass completed; null until the first one (the state may still miss alerts).</summary>
    DateTimeOffset? ReconciledAt { get; }

    /// <summary>
    /// Takes the snapshot and starts delivering every later event to <paramref name="onEvent"/>, atomically: no
    /// event is lost or repeated between the snapshot and the first delivered event.
    /// </summary>
    AlertSubscription Subscribe(Func<AlertStreamEvent, CancellationToken, ValueTask> onEvent);
}
