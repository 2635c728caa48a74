namespace OpsConsole.Web.Components.Layout;

/// <summary>
/// What the user picked: a fixed scheme, or <see cref="Auto"/> — dark at night, light by day, on the display
/// clock (an on-call phone at 3 a.m. should not light up the room). Stored in the theme cookie and the preferences.
/// </summary>
public enum ThemeChoice
{
    Dark,
    Light,
    Auto,
}

public static class ThemeChoices
{
    /// <summary>Auto is dark from this hour of the display clock...</summary>
    public const int NightStartsHour = 19;

    /// <summary>...until this one.</summary>
    public const int NightEndsHour = 7;

    public static string ToJsName(this ThemeChoice choice) => choice switch
    {
        ThemeChoice.Light => "light",
        ThemeChoice.Auto => "auto",
        _ => "dark",
    };

    /// <summary>Dark unless the stored value says light or auto (the console often runs on NOC wall screens).</summary>
    public static ThemeChoice FromStored(string? value) =>
        string.Equals(value, "light", StringComparison.OrdinalIgnoreCase) ? ThemeChoice.Light
        : string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase) ? ThemeChoice.Auto
        : ThemeChoice.Dark;

    /// <summary>The scheme to draw now; <paramref name="time"/>'s local zone is the display zone.</summary>
    public static ThemeMode Resolve(this ThemeChoice choice, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return choice switch
        {
            ThemeChoice.Light => ThemeMode.Light,
            ThemeChoice.Auto => IsNight(time.GetLocalNow()) ? ThemeMode.Dark : ThemeMode.Light,
            _ => ThemeMode.Dark,
        };
    }

    public static bool IsNight(DateTimeOffset localTime) =>
        localTime.Hour >= NightStartsHour || localTime.Hour < NightEndsHour;
}
