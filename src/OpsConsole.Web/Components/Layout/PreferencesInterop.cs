using Microsoft.AspNetCore.Localization;
using Microsoft.JSInterop;

namespace OpsConsole.Web.Components.Layout;

/// <summary>Typed access to dist/preferences.js: remembers the user's choices in cookies.</summary>
public sealed class PreferencesInterop(IJSRuntime jsRuntime) : IAsyncDisposable
{
    internal const string ModulePath = "./dist/preferences.js";
    private const int RememberDays = 365;

    private IJSObjectReference? _module;

    public Task RememberThemeAsync(ThemeMode mode, CancellationToken cancellationToken) =>
        SetCookieAsync(ThemeModeExtensions.CookieName, mode.ToJsName(), cancellationToken);

    /// <summary>Sets ASP.NET Core's culture cookie, which the request localization reads on the next load.</summary>
    public Task RememberLanguageAsync(string culture, CancellationToken cancellationToken) =>
        SetCookieAsync(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            cancellationToken);

    private async Task SetCookieAsync(string name, string value, CancellationToken cancellationToken)
    {
        _module ??= await jsRuntime.InvokeAsync<IJSObjectReference>("import", cancellationToken, ModulePath).ConfigureAwait(false);
        await _module.InvokeVoidAsync("setCookie", cancellationToken, name, value, RememberDays).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }
        try
        {
            await _module.DisposeAsync().ConfigureAwait(false);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the module.
        }
    }
}
