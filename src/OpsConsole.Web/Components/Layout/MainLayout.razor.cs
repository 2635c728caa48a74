using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpsConsole.Web.Identity;

namespace OpsConsole.Web.Components.Layout;

public sealed partial class MainLayout
{
    private readonly MudTheme _theme = ConsoleTheme.Create();
    private bool _drawerOpen = true;
    private ThemeMode _mode = ThemeMode.Dark;

    /// <summary>The theme the server read from the cookie (see Routes and App).</summary>
    [CascadingParameter(Name = nameof(Routes.InitialTheme))]
    public ThemeMode InitialTheme { get; set; } = ThemeMode.Dark;

    [Inject]
    private PreferencesInterop Preferences { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    protected override void OnInitialized() => _mode = InitialTheme;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleThemeAsync()
    {
        _mode = _mode == ThemeMode.Dark ? ThemeMode.Light : ThemeMode.Dark;
        try
        {
            await Preferences.RememberThemeAsync(_mode, CancellationToken.None);
            await User.RememberThemeAsync(_mode.ToJsName(), CancellationToken.None);
        }
        catch (JSDisconnectedException)
        {
            // Nothing to remember it in any more.
        }
    }
}
