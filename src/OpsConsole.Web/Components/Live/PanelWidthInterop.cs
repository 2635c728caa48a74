using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Typed access to LivePanel.razor.js: measures a panel's width and reports resizes (debounced), so
/// the feed thins frames to what the panel can show. One import per circuit.
/// </summary>
public sealed class PanelWidthInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./Components/Live/LivePanel.razor.js";

    /// <summary>
    /// The element's width in CSS pixels now; later changes call <c>OnWidthChanged(int)</c> on <paramref name="receiver"/>.
    /// The observation is named by <paramref name="panelId"/>: an unobserve must work after Blazor removed the element.
    /// </summary>
    public Task<int> ObserveAsync<T>(string panelId, ElementReference element, DotNetObjectReference<T> receiver, CancellationToken cancellationToken)
        where T : class =>
        InvokeAsync<int>("observe", cancellationToken, panelId, element, receiver);

    public Task UnobserveAsync(string panelId, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("unobserve", cancellationToken, panelId);
}
