using Microsoft.AspNetCore.Components;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// The one base for components fed by live sources. Sources call back on their own threads; <see cref="Apply"/>
/// marshals a change to the renderer (and is a no-op once the component is gone), renders are coalesced to at most
/// one per <see cref="RenderInterval"/> under a burst, and every tracked subscription is disposed with the component.
/// </summary>
public abstract class LiveComponent : ComponentBase, IAsyncDisposable
{
    /// <summary>At most one render per this interval while changes keep arriving.</summary>
    public static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(200);

    // The render pace is the screen's, not the domain's: a test (or a replay) running the console's TimeProvider on a
    // fake clock must still see its changes drawn.
    private static readonly TimeProvider RenderClock = TimeProvider.System;

    private readonly List<object> _subscriptions = [];
    private readonly CancellationTokenSource _gone = new();
    private long _lastRender;
    private bool _renderScheduled;
    private int _disposed;

    [Inject]
    protected TimeProvider TimeProvider { get; set; } = default!;

    /// <summary>Cancelled when the component is disposed.</summary>
    protected CancellationToken Gone => _gone.Token;

    /// <summary>Keeps <paramref name="subscription"/> (IDisposable or IAsyncDisposable) until the component is disposed.</summary>
    protected T Track<T>(T subscription)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription is not (IDisposable or IAsyncDisposable))
        {
            throw new ArgumentException("A tracked subscription must be disposable.", nameof(subscription));
        }

        _subscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>Runs <paramref name="release"/> when the component is disposed, e.g. to leave an event it joined.</summary>
    protected void OnDispose(Action release)
    {
        ArgumentNullException.ThrowIfNull(release);
        _subscriptions.Add(new Release(release));
    }

    /// <summary>Applies <paramref name="change"/> on the renderer's dispatcher and asks for a (coalesced) render.</summary>
    protected Task Apply(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InvokeSafelyAsync(() =>
        {
            change();
            RequestRender();
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs <paramref name="change"/> (which may await) on the renderer's dispatcher, then asks for a (coalesced) render.</summary>
    protected Task Apply(Func<Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InvokeSafelyAsync(async () =>
        {
            await change();
            RequestRender();
        });
    }

    /// <summary>Renders now, or once the current interval has passed when the last render was less than one ago.</summary>
    protected void RequestRender()
    {
        if (_gone.IsCancellationRequested || _renderScheduled)
        {
            return;
        }

        var since = RenderClock.GetElapsedTime(_lastRender);
        if (_lastRender == 0 || since >= RenderInterval)
        {
            Render();
            return;
        }

        _renderScheduled = true;
        _ = RenderLaterAsync(RenderInterval - since);
    }

    private async Task RenderLaterAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, RenderClock, _gone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeSafelyAsync(() =>
        {
            _renderScheduled = false;
            Render();
            return Task.CompletedTask;
        }).ConfigureAwait(false);
    }

    private void Render()
    {
        _lastRender = RenderClock.GetTimestamp();
        StateHasChanged();
    }

    private async Task InvokeSafelyAsync(Func<Task> work)
    {
        if (_gone.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await InvokeAsync(() => _gone.IsCancellationRequested ? Task.CompletedTask : work()).ConfigureAwait(false);
        }
        catch (ObjectDisposedException) when (_gone.IsCancellationRequested)
        {
            // The circuit went away between the check and the call: nobody is left to show it to.
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Idempotent; the token source is not disposed, so a late callback may still read Gone (it has no timer to free).
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Stays on the renderer's context (no ConfigureAwait(false)): a derived component releases its JS modules and
        // fields in DisposeCoreAsync as it would in any other lifecycle method.
        await _gone.CancelAsync();
        foreach (var subscription in _subscriptions)
        {
            // Dispose (leave at once) where offered rather than DisposeAsync, which may wait for a callback that is
            // itself queued on this component's dispatcher.
            switch (subscription)
            {
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
            }
        }

        _subscriptions.Clear();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a derived component releases besides its tracked subscriptions.</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
