using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Account;

/// <summary>
/// The theme for the first paint: the signed-in user's stored preference, else the theme cookie
/// (which still serves the sign-in page and visitors).
/// </summary>
public static class ThemeFromPreferences
{
    /// <summary>What the user picked (dark, light or auto), before it is resolved for the time of day.</summary>
    public static async Task<ThemeChoice> ChoiceAsync(HttpContext? context)
    {
        var cookie = ThemeChoices.FromStored(context?.Request.Cookies[ThemeModeExtensions.CookieName]);
        if (context?.User.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return cookie;
        }
        var store = context.RequestServices.GetRequiredService<IUserPreferenceStore>();
        var stored = await store.GetAsync(name, context.RequestAborted).ConfigureAwait(false);
        return stored?.Theme is { } theme ? ThemeChoices.FromStored(theme) : cookie;
    }
}
