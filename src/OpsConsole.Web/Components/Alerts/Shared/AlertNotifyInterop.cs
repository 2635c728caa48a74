using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>
/// Typed access to dist/alert-notify.js: the per-user opt-in (kept in the browser), a WebAudio tone and a browser
/// notification for a new critical alert. Title and body are shown by the browser as text, never as markup.
/// </summary>
public sealed class AlertNotifyInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/alert-notify.js";

    public Task<bool> IsEnabledAsync(string user, CancellationToken cancellationToken) =>
        InvokeAsync<bool>("isEnabled", cancellationToken, user);

    /// <summary>Opts in (asks the browser's permission for notifications); false when the browser refuses notifications.</summary>
    public Task<bool> EnableAsync(string user, CancellationToken cancellationToken) =>
        InvokeAsync<bool>("enable", cancellationToken, user);

    public Task DisableAsync(string user, CancellationToken cancellationToken) =>
        InvokeVoidAsync("disable", cancellationToken, user);

    /// <summary>Plays the tone and shows a notification; <paramref name="tag"/> (the fingerprint) keeps one per alert.</summary>
    public Task NotifyAsync(string title, string body, string tag, CancellationToken cancellationToken) =>
        InvokeVoidAsync("notify", cancellationToken, title, body, tag);
}
