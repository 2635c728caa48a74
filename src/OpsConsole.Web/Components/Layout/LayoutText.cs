using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Layout;

/// <summary>The words of the shell, from Resources/LayoutText.resx (en) and LayoutText.zh-CN.resx.</summary>
internal static class LayoutText
{
    private static readonly TextResource Text = new(nameof(LayoutText));

    public static string ProductName => Text.Get();

    public static string ProductSubtitle => Text.Get();

    public static string Boards => Text.Get();

    public static string RobotHealth => Text.Get();

    public static string ToggleMenu => Text.Get();

    public static string SwitchToLight => Text.Get();

    public static string SwitchToDark => Text.Get();

    public static string Language => Text.Get();

    /// <summary>For MudTablePager.RowsPerPageString.</summary>
    public static string RowsPerPage => Text.Get();

    /// <summary>For MudTablePager.InfoFormat ({first_item}, {last_item}, {all_items}).</summary>
    public static string PagerInfo => Text.Get();
}
