namespace OpsConsole.Web.Components.Layout;

/// <summary>The colour scheme; cascaded from the layout so charts follow the toggle.</summary>
public enum ThemeMode
{
    Dark,
    Light,
}

public static class ThemeModeExtensions
{
    /// <summary>The cookie that remembers the choice, read on the first request so the page never flashes.</summary>
    public const string CookieName = "opsconsole-theme";

    public static string ToJsName(this ThemeMode mode) => mode == ThemeMode.Light ? "light" : "dark";

    /// <summary>Dark unless the cookie says light: the console often runs on NOC wall screens.</summary>
    public static ThemeMode FromCookie(string? value) =>
        string.Equals(value, "light", StringComparison.OrdinalIgnoreCase) ? ThemeMode.Light : ThemeMode.Dark;
}
