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

    private static string Current => UiCultures.Of(CultureInfo.CurrentUICulture);

    private async Task SwitchAsync(string culture)
    {
        if (culture == Current)
        {
            return;
        }
        try
        {
            await Preferences.RememberLanguageAsync(culture, CancellationToken.None);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone: there is nothing to reload.
            return;
        }
        await User.RememberLanguageAsync(culture, CancellationToken.None);
        if ((await User.PrincipalAsync()).Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            Languages.Forget(name);
        }
        Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
    }
}
