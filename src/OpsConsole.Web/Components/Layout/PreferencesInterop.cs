using Microsoft.AspNetCore.Localization;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Interop;

namespace OpsConsole.Web.Components.Layout;

/// <summary>Typed access to dist/preferences.js: remembers the user's choices in cookies.</summary>
public sealed class PreferencesInterop(IJSRuntime jsRuntime) : JsModule(jsRuntime, ModulePath)
{
    internal const string ModulePath = "./dist/preferences.js";
    private const int RememberDays = 365;

    public Task RememberThemeAsync(ThemeChoice choice, CancellationToken cancellationToken) =>
        InvokeVoidAsync("setCookie", cancellationToken, ThemeModeExtensions.CookieName, choice.ToJsName(), RememberDays);

    /// <summary>Sets ASP.NET Core's culture cookie, which the request localization reads on the next load.</summary>
    public Task RememberLanguageAsync(string culture, CancellationToken cancellationToken) =>
        InvokeVoidAsync(
            "setCookie",
            cancellationToken,
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            RememberDays);
}
