using System.Globalization;

namespace OpsConsole.Web.Components.Boards.RobotHealth;

/// <summary>The PromQL of the robot health board (metric names: deploy/prometheus/METRICS.md).</summary>
internal static class RobotHealthQueries
{
    public const string OnlineRate = "sum(robot_online_count) / sum(robot_registered_count)";

    public const string CommandSuccessRate =
        "1 - sum(rate(robot_command_failures_total[5m])) / sum(rate(robot_commands_total[5m]))";

    public const string OnlineRateByRegion =
        "sum by (region) (robot_online_count) / sum by (region) (robot_registered_count)";

    public const string CommandSuccessRateByRegion =
        "1 - sum by (region) (rate(robot_command_failures_total[5m])) / sum by (region) (rate(robot_commands_total[5m]))";

    public const string BatteryDistribution = "sum by (band) (robot_battery_level_robots)";

    public const string RegionLabel = "region";

    public const string BandLabel = "band";

    /// <summary>Bands are "0-20", "20-40"…: order them by their lower bound, unknown ones last.</summary>
    public static double BandOrder(string band)
    {
        var lower = band.Split('-', 2)[0];
        return double.TryParse(lower, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.MaxValue;
    }
}
