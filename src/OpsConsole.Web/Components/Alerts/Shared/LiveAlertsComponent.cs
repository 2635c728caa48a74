using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Components.Live;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>
/// A component that shows the live alerts: it keeps its own copy of the <see cref="IAlertStream"/> snapshot, folds
/// every event into it on the renderer's dispatcher, and re-renders on a clock tick so relative times ("3 min ago")
/// move without any event. A subscriber the stream dropped (too far behind) starts over from a fresh snapshot.
/// </summary>
public abstract class LiveAlertsComponent : LiveComponent
{
    private readonly CurrentSubscription _subscription = new();

    [Microsoft.AspNetCore.Components.Inject]
    protected IAlertStream AlertStream { get; set; } = default!;

    protected TimeProvider Time => TimeProvider;

    /// <summary>The alerts as this component knows them (pending and firing).</summary>
    protected AlertSnapshot Snapshot { get; private set; } = AlertSnapshot.Empty;

    protected DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>How often relative times are redrawn.</summary>
    protected virtual TimeSpan TickInterval => TimeSpan.FromSeconds(15);

    protected override void OnInitialized()
    {
        Track(_subscription);
        Subscribe();
        Track(Time.CreateTimer(_ => _ = Apply(() => { }), null, TickInterval, TickInterval));
    }

    /// <summary>Called on the dispatcher after <see cref="Snapshot"/> took <paramref name="change"/> in.</summary>
    protected virtual Task OnAlertChangedAsync(AlertStreamEvent change) => Task.CompletedTask;

    private void Subscribe()
    {
        var subscription = AlertStream.Subscribe(OnEventAsync);
        _subscription.Value = subscription;
        Snapshot = subscription.Snapshot;
        _ = subscription.Completion.ContinueWith(
            ended => ended.IsFaulted ? Apply(Resubscribe) : Task.CompletedTask,
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Resubscribe()
    {
        _subscription.Value?.Dispose();
        Subscribe();
    }

    // Awaited, so the next event is folded only after this one: Snapshot.Apply needs them in order.
    private async ValueTask OnEventAsync(AlertStreamEvent change, CancellationToken cancellationToken) =>
        await Apply(async () =>
        {
            Snapshot = Snapshot.Apply(change);
            await OnAlertChangedAsync(change);
        });

    /// <summary>The subscription of the moment (a dropped one is replaced), disposed with the component.</summary>
    private sealed class CurrentSubscription : IDisposable
    {
        public AlertSubscription? Value { get; set; }

        public void Dispose() => Value?.Dispose();
    }
}
