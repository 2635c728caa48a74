namespace OpsConsole.Web.Wall;

/// <summary>The wall's addresses.</summary>
public static class WallRoutes
{
    public const string ScreensPage = "/admin/screens";

    public static string Screen(string screenId) => "/wall/" + Uri.EscapeDataString(screenId);
}
