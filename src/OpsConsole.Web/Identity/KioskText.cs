namespace OpsConsole.Web.Identity;

/// <summary>The words of the kiosk sign-in, in one place until localization arrives.</summary>
internal static class KioskText
{
    public const string InvalidLink = "此大屏链接无效或已被撤销。 · This wall-screen link is not valid or has been revoked.";
}
