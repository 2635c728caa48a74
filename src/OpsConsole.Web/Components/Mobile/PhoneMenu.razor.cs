using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Mobile;

/// <summary>
/// The one menu of the phone's top bar (below 600 px): the signed-in user, language, theme (dark, light, or dark at
/// night) and sign-out. The desk layout shows the same controls side by side instead.
/// </summary>
public sealed partial class PhoneMenu
{
    private static readonly (ThemeChoice Choice, string Label, string Icon)[] ThemeChoicesShown =
    [
        (ThemeChoice.Dark, MobileText.ThemeDark, Icons.Material.Filled.DarkMode),
        (ThemeChoice.Light, MobileText.ThemeLight, Icons.Material.Filled.LightMode),
        (ThemeChoice.Auto, MobileText.ThemeAuto, Icons.Material.Filled.Brightness4),
    ];

    private string _here = "/";

    [Parameter]
    public ThemeChoice Choice { get; set; }

    [Parameter]
    public EventCallback<ThemeChoice> ChoiceChanged { get; set; }

    [Inject]
    private PreferencesInterop Preferences { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private UserLanguages Languages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    protected override void OnInitialized()
    {
        _here = Here();
        Navigation.LocationChanged += OnLocationChanged;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        _here = Here();
        _ = InvokeAsync(StateHasChanged);
    }

    private string Here() => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private Task SwitchLanguageAsync(string culture) => LanguageMenu.SwitchAsync(culture, Preferences, User, Languages, Navigation);
}
