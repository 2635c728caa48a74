namespace OpsConsole.Simulator.Model;

/// <summary>The fleet's regions and their share of the robots.</summary>
internal static class Regions
{
    public static IReadOnlyList<(string Name, double Share)> All { get; } =
    [
        ("cn-east", 0.45),
        ("cn-north", 0.30),
        ("cn-south", 0.25),
    ];
}
