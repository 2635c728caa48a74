using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.Interop;

/// <summary>
/// One lazily imported JS module per wrapper (per circuit when the wrapper is scoped). Typed wrappers derive from it
/// and only name their functions.
/// </summary>
public abstract class JsModule(IJSRuntime jsRuntime, string modulePath) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    protected async Task InvokeVoidAsync(string identifier, CancellationToken cancellationToken, params object?[] args)
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        await module.InvokeVoidAsync(identifier, cancellationToken, args).ConfigureAwait(false);
    }

    protected async Task<T> InvokeAsync<T>(string identifier, CancellationToken cancellationToken, params object?[] args)
    {
        var module = await ModuleAsync(cancellationToken).ConfigureAwait(false);
        return await module.InvokeAsync<T>(identifier, cancellationToken, args).ConfigureAwait(false);
    }

    /// <summary>For teardown calls: nothing was set up in the browser when the module was never imported, so nothing is imported just to undo it.</summary>
    protected Task InvokeVoidIfImportedAsync(string identifier, CancellationToken cancellationToken, params object?[] args) =>
        _module is null ? Task.CompletedTask : InvokeVoidAsync(identifier, cancellationToken, args);

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_module is not { IsCompletedSuccessfully: true } loaded)
        {
            return;
        }
        try
        {
            await (await loaded.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone (or going); so is the module on the browser side.
        }
    }

    // Every caller shares one import. It is not tied to any one caller's token, so one caller going away
    // mid-import cannot poison the cached task for the others; a failed or cancelled import is retried.
    private Task<IJSObjectReference> ModuleAsync(CancellationToken cancellationToken)
    {
        if (_module is null || _module.IsFaulted || _module.IsCanceled)
        {
            _module = jsRuntime.InvokeAsync<IJSObjectReference>("import", CancellationToken.None, modulePath).AsTask();
        }
        return _module.WaitAsync(cancellationToken);
    }
}
