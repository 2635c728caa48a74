using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Mobile;

/// <summary>Typed access to CriticalTitle.razor.js.</summary>
public sealed class TitleCountInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./Components/Mobile/CriticalTitle.razor.js";

    public Task SetCountAsync(int count, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setCount", cancellationToken, count);
}
