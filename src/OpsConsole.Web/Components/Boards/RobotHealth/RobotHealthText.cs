namespace OpsConsole.Web.Components.Boards.RobotHealth;

/// <summary>The words of the robot health board, in one place until localization arrives.</summary>
internal static class RobotHealthText
{
    public const string Title = "机器人健康全景图 · Robot health panorama";
    public const string OnlineRate = "机队在线率 · Fleet online rate";
    public const string CommandSuccessRate = "指令成功率 · Command success rate (5m)";
    public const string CommandSuccessRateByRegion = "各区域指令成功率 · Command success rate by region";
    public const string OnlineRateByRegion = "各区域在线率 · Online rate by region";
    public const string BatteryDistribution = "电量分布 · Battery distribution";
    public const string BatterySeries = "机器人数 · Robots";
}
