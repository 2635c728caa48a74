using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpsConsole.Web.Identity;

namespace OpsConsole.Web.Components.Layout;

public sealed partial class MainLayout : IDisposable
{
    private static readonly TimeSpan AutoThemeCheck = TimeSpan.FromMinutes(1);

    private readonly MudTheme _theme = ConsoleTheme.Create();
    private bool _drawerOpen = true;
    private ThemeMode _mode = ThemeMode.Dark;
    private ThemeChoice _choice = ThemeChoice.Dark;
    private ITimer? _autoTheme;

    /// <summary>The theme the server read from the cookie (see Routes and App).</summary>
    [CascadingParameter(Name = nameof(Routes.InitialTheme))]
    public ThemeMode InitialTheme { get; set; } = ThemeMode.Dark;

    [CascadingParameter(Name = nameof(Routes.InitialThemeChoice))]
    public ThemeChoice InitialThemeChoice { get; set; } = ThemeChoice.Dark;

    [Inject]
    private PreferencesInterop Preferences { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized()
    {
        _mode = InitialTheme;
        _choice = InitialThemeChoice;
        // Auto turns dark at night while the page stays open (a phone left on the bedside table).
        _autoTheme = Time.CreateTimer(_ => _ = InvokeAsync(FollowClock), null, AutoThemeCheck, AutoThemeCheck);
    }

    public void Dispose() => _autoTheme?.Dispose();

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private Task ToggleThemeAsync() => SetThemeAsync(_mode == ThemeMode.Dark ? ThemeChoice.Light : ThemeChoice.Dark);

    private void FollowClock()
    {
        var mode = _choice.Resolve(Time);
        if (mode != _mode)
        {
            _mode = mode;
            StateHasChanged();
        }
    }

    private async Task SetThemeAsync(ThemeChoice choice)
    {
        _choice = choice;
        _mode = choice.Resolve(Time);
        try
        {
            await Preferences.RememberThemeAsync(choice, CancellationToken.None);
            await User.RememberThemeAsync(choice.ToJsName(), CancellationToken.None);
        }
        catch (JSDisconnectedException)
        {
            // Nothing to remember it in any more.
        }
    }
}
