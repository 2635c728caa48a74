namespace OpsConsole.Web.Components.Boards.RobotHealth;

/// <summary>Stable panel ids (data-panel-id): browser tests and links rely on them.</summary>
public static class RobotHealthPanels
{
    public const string OnlineRate = "fleet-online-rate";
    public const string CommandSuccessRate = "command-success-rate";
    public const string CommandSuccessRateByRegion = "command-success-rate-by-region";
    public const string OnlineRateByRegion = "online-rate-by-region";
    public const string BatteryDistribution = "battery-distribution";
}
