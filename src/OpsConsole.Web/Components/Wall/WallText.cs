using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Wall;

/// <summary>The words of the wall screens and the screens page, from Resources/WallText.resx (en) and WallText.zh-CN.resx.</summary>
internal static class WallText
{
    private static readonly TextResource Text = new(nameof(WallText));

    public static string Live => Text.Get();

    public static string Reconnecting => Text.Get();

    public static string WaitingForData => Text.Get();

    public static string Updated(string ago) => Text.Format([ago]);

    public static string NoSuchScreen(string screen) => Text.Format([screen]);

    public static string ScreenFileBroken(string file) => Text.Format([file]);

    public static string NotThisKiosk => Text.Get();

    public static string NothingToPlay => Text.Get();

    public static string NoAlerts => Text.Get();

    public static string AckedBy(string who) => Text.Format([who]);

    public static string More(int count) => Text.Format([count]);

    public static string CriticalAlert => Text.Get();

    public static string TakeoverHint => Text.Get();

    public static string ScreensTitle => Text.Get();

    public static string NoScreens => Text.Get();

    public static string Screen => Text.Get();

    public static string Playlist => Text.Get();

    public static string Board => Text.Get();

    public static string Viewer => Text.Get();

    public static string ConnectedSince => Text.Get();

    public static string LastSeen => Text.Get();

    public static string Memory => Text.Get();

    public static string Nodes(int count) => Text.Format([count]);

    public static string NextBoard => Text.Get();

    public static string ReloadNow => Text.Get();
}
