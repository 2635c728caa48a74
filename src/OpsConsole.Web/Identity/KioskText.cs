using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Identity;

/// <summary>The words of the kiosk sign-in, from Resources/KioskText.resx (en) and KioskText.zh-CN.resx.</summary>
internal static class KioskText
{
    private static readonly TextResource Text = new(nameof(KioskText));

    public static string InvalidLink => Text.Get();
}
