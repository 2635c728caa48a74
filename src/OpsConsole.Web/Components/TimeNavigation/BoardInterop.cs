using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// Typed access to LiveBoard.razor.js: tells a board when its browser tab is hidden or shown
/// (<c>OnVisibilityChanged(bool hidden)</c>) and when Esc is pressed (<c>OnEscape()</c>). One import per circuit.
/// </summary>
public sealed class BoardInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    internal const string ModulePath = "./Components/TimeNavigation/LiveBoard.razor.js";

    private Task<IJSObjectReference>? _module;

    /// <summary>Starts watching for <paramref name="watchId"/>; true when the page is hidden right now.</summary>
    public async Task<bool> WatchAsync<T>(string watchId, DotNetObjectReference<T> receiver, CancellationToken cancellationToken)
        where T : class
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        return await module.InvokeAsync<bool>("watch", cancellationToken, watchId, receiver).ConfigureAwait(false);
    }

    public async Task UnwatchAsync(string watchId, CancellationToken cancellationToken)
    {
        if (_module is null)
        {
            return;
        }

        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("unwatch", cancellationToken, watchId).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not { IsCompletedSuccessfully: true } loaded)
        {
            return;
        }

        try
        {
            await (await loaded.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the module.
        }
    }

    private Task<IJSObjectReference> ModuleAsync(CancellationToken cancellationToken)
    {
        if (_module is null || _module.IsFaulted || _module.IsCanceled)
        {
            _module = jsRuntime.InvokeAsync<IJSObjectReference>("import", CancellationToken.None, ModulePath).AsTask();
        }

        return _module.WaitAsync(cancellationToken);
    }
}
