using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.Charts;

/// <summary>Typed access to the bundled chart module (wwwroot-assets/src/charts.js → dist/charts.js), one import per circuit.</summary>
public sealed class ChartsInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    internal const string ModulePath = "./dist/charts.js";

    private Task<IJSObjectReference>? _module;

    public async Task CreateAsync(ElementReference element, ChartSpec spec, CancellationToken cancellationToken)
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("create", cancellationToken, element, spec).ConfigureAwait(false);
    }

    /// <summary>New data for a chart made by <see cref="CreateAsync"/>; <paramref name="window"/> moves a time chart's x-axis.</summary>
    public async Task UpdateAsync(ElementReference element, IReadOnlyList<ChartSeries> series, ChartWindow? window, CancellationToken cancellationToken)
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("update", cancellationToken, element, series, window).ConfigureAwait(false);
    }

    public async Task SetThemeAsync(ElementReference element, string theme, CancellationToken cancellationToken)
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("setTheme", cancellationToken, element, theme).ConfigureAwait(false);
    }

    public async Task DestroyAsync(ElementReference element, CancellationToken cancellationToken)
    {
        if (_module is null)
        {
            return;
        }
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync("destroy", cancellationToken, element).ConfigureAwait(false);
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
            // The circuit is gone; so is the module on the browser side.
        }
    }

    // Every chart of the circuit shares one import. It is not tied to any one caller's token,
    // so one chart going away mid-import cannot poison the cached task for the others.
    private Task<IJSObjectReference> ModuleAsync(CancellationToken cancellationToken)
    {
        if (_module is null || _module.IsFaulted || _module.IsCanceled)
        {
            _module = jsRuntime.InvokeAsync<IJSObjectReference>("import", CancellationToken.None, ModulePath).AsTask();
        }
        return _module.WaitAsync(cancellationToken);
    }
}
