using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Typed access to LivePanel.razor.js: measures a panel's width and reports resizes (debounced), so
/// the feed thins frames to what the panel can show. One import per circuit.
/// </summary>
public sealed class PanelWidthInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    internal const string ModulePath = "./Components/Live/LivePanel.razor.js";

    private Task<IJSObjectReference>? _module;

    /// <summary>The element's width in CSS pixels now; later changes call <c>OnWidthChanged(int)</c> on <paramref name="receiver"/>.</summary>
    public async Task<int> ObserveAsync<T>(ElementReference element, DotNetObjectReference<T> receiver, CancellationToken cancellationToken)
        where T : class
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        return await module.InvokeAsync<int>("observe", cancellationToken, element, receiver).ConfigureAwait(false);
    }

    public async Task UnobserveAsync(ElementReference element, CancellationToken cancellationToken)
    {
        if (_module is null)
        {
            return;
        }

        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("unobserve", cancellationToken, element).ConfigureAwait(false);
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
