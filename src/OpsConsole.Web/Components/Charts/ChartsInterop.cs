using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Charts;

/// <summary>Typed access to the bundled chart module (wwwroot-assets/src/charts.js → dist/charts.js), one import per circuit.</summary>
public sealed class ChartsInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/charts.js";

    /// <summary>
    /// Draws chart <paramref name="chartId"/> into <paramref name="element"/>. Every later call names the chart by its id,
    /// never by the element: Blazor finds an element only while it is in the document, and a destroy must work after the
    /// panel was removed.
    /// </summary>
    public Task CreateAsync(string chartId, ElementReference element, ChartSpec spec, CancellationToken cancellationToken) =>
        InvokeVoidAsync("create", cancellationToken, chartId, element, spec);

    /// <summary>New data for a chart made by <see cref="CreateAsync"/>; <paramref name="window"/> moves a time chart's x-axis.</summary>
    public Task UpdateAsync(string chartId, IReadOnlyList<ChartSeries> series, ChartWindow? window, CancellationToken cancellationToken) =>
        InvokeVoidAsync("update", cancellationToken, chartId, series, window);

    /// <summary>A new height for a chart made by <see cref="CreateAsync"/> (a wall screen sizes its rows to the TV).</summary>
    public Task ResizeAsync(string chartId, int height, CancellationToken cancellationToken) =>
        InvokeVoidAsync("resize", cancellationToken, chartId, height);

    public Task SetThemeAsync(string chartId, string theme, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setTheme", cancellationToken, chartId, theme);

    public Task DestroyAsync(string chartId, CancellationToken cancellationToken) =>
        InvokeVoidIfImportedAsync("destroy", cancellationToken, chartId);
}
