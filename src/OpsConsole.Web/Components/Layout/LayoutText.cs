namespace OpsConsole.Web.Components.Layout;

/// <summary>The words of the shell, in one place until localization arrives.</summary>
internal static class LayoutText
{
    public const string ProductName = "OpsConsole";
    public const string ProductSubtitle = "运维控制台";
    public const string Boards = "看板 · Boards";
    public const string RobotHealth = "机器人健康全景图 · Robot health";
    public const string ToggleMenu = "Menu";
    public const string SwitchToLight = "浅色主题 · Light theme";
    public const string SwitchToDark = "深色主题 · Dark theme";
}
