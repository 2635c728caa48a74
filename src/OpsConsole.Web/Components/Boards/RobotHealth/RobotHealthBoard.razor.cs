using OpsConsole.Web.Components.Panels;

namespace OpsConsole.Web.Components.Boards.RobotHealth;

/// <summary>
/// 机器人健康全景图: fleet online rate, command success rate, their history per region, battery bands.
/// Every panel is a <see cref="Live.LivePanel"/> on the shared feed; the range and refresh come from the URL.
/// </summary>
public sealed partial class RobotHealthBoard
{
    private static readonly IReadOnlyList<StatThreshold> OnlineThresholds = StatThreshold.HigherIsBetter(warningBelow: 0.95, criticalBelow: 0.85);
    private static readonly IReadOnlyList<StatThreshold> CommandThresholds = StatThreshold.HigherIsBetter(warningBelow: 0.99, criticalBelow: 0.95);
}
