using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>
/// A component that shows the live alerts: it keeps its own copy of the <see cref="IAlertStream"/> snapshot, folds
/// every event into it on the renderer's dispatcher, and re-renders on a clock tick so relative times ("3 min ago")
/// move without any event. A subscriber the stream dropped (too far behind) starts over from a fresh snapshot.
/// </summary>
public abstract class LiveAlertsComponent : ComponentBase, IAsyncDisposable
{
    private AlertSubscription? _subscription;
    private ITimer? _ticker;
    private bool _disposed;

    [Inject]
    protected IAlertStream AlertStream { get; set; } = default!;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    /// <summary>The alerts as this component knows them (pending and firing).</summary>
    protected AlertSnapshot Snapshot { get; private set; } = AlertSnapshot.Empty;

    protected DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>How often relative times are redrawn.</summary>
    protected virtual TimeSpan TickInterval => TimeSpan.FromSeconds(15);

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _ticker?.Dispose();
        // Dispose, not DisposeAsync: a callback may be waiting for this very dispatcher.
        _subscription?.Dispose();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    protected override void OnInitialized()
    {
        Subscribe();
        _ticker = Time.CreateTimer(_ => Redraw(), null, TickInterval, TickInterval);
    }

    /// <summary>Releases what a derived component holds (e.g. a JS module).</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    /// <summary>Called on the dispatcher after <see cref="Snapshot"/> took <paramref name="change"/> in.</summary>
    protected virtual Task OnAlertChangedAsync(AlertStreamEvent change) => Task.CompletedTask;

    private void Subscribe()
    {
        var subscription = AlertStream.Subscribe(OnEventAsync);
        _subscription = subscription;
        Snapshot = subscription.Snapshot;
        _ = subscription.Completion.ContinueWith(
            ended => ended.IsFaulted ? RunAsync(Resubscribe) : Task.CompletedTask,
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Resubscribe()
    {
        if (_disposed)
        {
            return;
        }
        _subscription?.Dispose();
        Subscribe();
        StateHasChanged();
    }

    private async ValueTask OnEventAsync(AlertStreamEvent change, CancellationToken cancellationToken)
    {
        // Awaited, so the next event is folded only after this one: Apply needs them in order.
        await RunAsync(async () =>
        {
            if (_disposed)
            {
                return;
            }
            Snapshot = Snapshot.Apply(change);
            await OnAlertChangedAsync(change);
            StateHasChanged();
        });
    }

    private void Redraw() => _ = RunAsync(() =>
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    });

    private async Task RunAsync(Action work)
    {
        try
        {
            await InvokeAsync(work);
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the event and the render.
        }
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await InvokeAsync(work);
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
