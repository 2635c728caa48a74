using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>
/// Typed access to dist/alert-notify.js: the per-user opt-in (kept in the browser), a WebAudio tone and a browser
/// notification for a new critical alert. Title and body are shown by the browser as text, never as markup.
/// </summary>
public sealed class AlertNotifyInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    internal const string ModulePath = "./dist/alert-notify.js";

    private IJSObjectReference? _module;

    public async Task<bool> IsEnabledAsync(string user, CancellationToken cancellationToken) =>
        await (await ModuleAsync(cancellationToken)).InvokeAsync<bool>("isEnabled", cancellationToken, user);

    /// <summary>Opts in (asks the browser's permission for notifications); false when the browser refuses notifications.</summary>
    public async Task<bool> EnableAsync(string user, CancellationToken cancellationToken) =>
        await (await ModuleAsync(cancellationToken)).InvokeAsync<bool>("enable", cancellationToken, user);

    public async Task DisableAsync(string user, CancellationToken cancellationToken) =>
        await (await ModuleAsync(cancellationToken)).InvokeVoidAsync("disable", cancellationToken, user);

    /// <summary>Plays the tone and shows a notification; <paramref name="tag"/> (the fingerprint) keeps one per alert.</summary>
    public async Task NotifyAsync(string title, string body, string tag, CancellationToken cancellationToken) =>
        await (await ModuleAsync(cancellationToken)).InvokeVoidAsync("notify", cancellationToken, title, body, tag);

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }
        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the module.
        }
    }

    private async Task<IJSObjectReference> ModuleAsync(CancellationToken cancellationToken) =>
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", cancellationToken, ModulePath);
}
