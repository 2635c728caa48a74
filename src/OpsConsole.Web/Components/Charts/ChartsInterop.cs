using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Charts;

/// <summary>Typed access to the bundled chart module (wwwroot-assets/src/charts.js → dist/charts.js), one import per circuit.</summary>
public sealed class ChartsInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/charts.js";

    public Task CreateAsync(ElementReference element, ChartSpec spec, CancellationToken cancellationToken) =>
        InvokeVoidAsync("create", cancellationToken, element, spec);

    /// <summary>New data for a chart made by <see cref="CreateAsync"/>; <paramref name="window"/> moves a time chart's x-axis.</summary>
    public Task UpdateAsync(ElementReference element, IReadOnlyList<ChartSeries> series, ChartWindow? window, CancellationToken cancellationToken) =>
        InvokeVoidAsync("update", cancellationToken, element, series, window);

    /// <summary>A new height for a chart made by <see cref="CreateAsync"/> (a wall screen sizes its rows to the TV).</summary>
    public Task ResizeAsync(ElementReference element, int height, CancellationToken cancellationToken) =>
        InvokeVoidAsync("resize", cancellationToken, element, height);

    public Task SetThemeAsync(ElementReference element, string theme, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setTheme", cancellationToken, element, theme);

    public Task DestroyAsync(ElementReference element, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("destroy", cancellationToken, element);
}
