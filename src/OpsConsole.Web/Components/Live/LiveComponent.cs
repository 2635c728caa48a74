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

    private readonly List<object> _subscriptions = [];
    private readonly CancellationTokenSource _gone = new();
    private long _lastRender;
    private bool _renderScheduled;

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

    /// <summary>Applies <paramref name="change"/> on the renderer's dispatcher and asks for a (coalesced) render.</summary>
    protected Task Apply(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InvokeSafelyAsync(() =>
        {
            change();
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

        var since = TimeProvider.GetElapsedTime(_lastRender);
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
            await Task.Delay(wait, TimeProvider, _gone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeSafelyAsync(() =>
        {
            _renderScheduled = false;
            Render();
        }).ConfigureAwait(false);
    }

    private void Render()
    {
        _lastRender = TimeProvider.GetTimestamp();
        StateHasChanged();
    }

    private async Task InvokeSafelyAsync(Action work)
    {
        if (_gone.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await InvokeAsync(() =>
            {
                if (!_gone.IsCancellationRequested)
                {
                    work();
                }
            }).ConfigureAwait(false);
        }
        catch (ObjectDisposedException) when (_gone.IsCancellationRequested)
        {
            // The circuit went away between the check and the call: nobody is left to show it to.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gone.CancelAsync().ConfigureAwait(false);
        foreach (var subscription in _subscriptions)
        {
            switch (subscription)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        _subscriptions.Clear();
        await DisposeCoreAsync().ConfigureAwait(false);
        _gone.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a derived component releases besides its tracked subscriptions.</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
