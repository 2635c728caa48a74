using MudBlazor;

namespace OpsConsole.Web.Components.Layout;

/// <summary>The console's MudBlazor theme (both palettes; the toggle picks one).</summary>
internal static class ConsoleTheme
{
    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e5fb4",
            AppbarBackground = "#1e3a5f",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5b9bf0",
            Background = "#14171c",
            Surface = "#1c2128",
            AppbarBackground = "#101318",
            DrawerBackground = "#171b21",
        },
    };
}
