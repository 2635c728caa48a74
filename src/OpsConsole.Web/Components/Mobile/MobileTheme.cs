namespace OpsConsole.Web.Components.Mobile;

/// <summary>The browser-bar colours of an installed console (also in wwwroot/manifest.webmanifest), matching ConsoleTheme's app bar.</summary>
public static class MobileTheme
{
    public const string DarkBar = "#101318";

    public const string LightBar = "#1e3a5f";
}
