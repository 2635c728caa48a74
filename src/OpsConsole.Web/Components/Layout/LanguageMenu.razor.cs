using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Layout;

/// <summary>
/// Switches the UI language: remembers it in the culture cookie and, for a signed-in user, in their preferences
/// (audited), then reloads the page, because a Blazor circuit keeps the culture it started with.
/// </summary>
public sealed partial class LanguageMenu
{
    [Inject]
    private PreferencesInterop Preferences { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private UserLanguages Languages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    internal static string Current => UiCultures.Of(CultureInfo.CurrentUICulture);

    private Task SwitchAsync(string culture) => SwitchAsync(culture, Preferences, User, Languages, Navigation);

    /// <summary>The switch itself, shared with the phone's menu (Components/Mobile/PhoneMenu).</summary>
    internal static async Task SwitchAsync(
        string culture, PreferencesInterop preferences, CurrentUser user, UserLanguages languages, NavigationManager navigation)
    {
        if (culture == Current)
        {
            return;
        }
        try
        {
            await preferences.RememberLanguageAsync(culture, CancellationToken.None);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone: there is nothing to reload.
            return;
        }
        await user.RememberLanguageAsync(culture, CancellationToken.None);
        if ((await user.PrincipalAsync()).Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            languages.Forget(name);
        }
        navigation.NavigateTo(navigation.Uri, forceLoad: true);
    }
}
