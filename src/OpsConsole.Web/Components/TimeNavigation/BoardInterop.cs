using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// Typed access to LiveBoard.razor.js: tells a board when its browser tab is hidden or shown
/// (<c>OnVisibilityChanged(bool hidden)</c>) and when Esc is pressed (<c>OnEscape()</c>). One import per circuit.
/// </summary>
public sealed class BoardInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./Components/TimeNavigation/LiveBoard.razor.js";

    /// <summary>Starts watching for <paramref name="watchId"/>; true when the page is hidden right now.</summary>
    public Task<bool> WatchAsync<T>(string watchId, DotNetObjectReference<T> receiver, CancellationToken cancellationToken)
        where T : class =>
        InvokeAsync<bool>("watch", cancellationToken, watchId, receiver);

    public Task UnwatchAsync(string watchId, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("unwatch", cancellationToken, watchId);
}
