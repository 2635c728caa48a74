namespace OpsConsole.Simulator.Scenarios;

/// <summary>
/// How far a capacity scenario has come: 0 when it is off, rising linearly to 1 over <see cref="Duration"/> after it was
/// switched on (by its own name or by capacity-all), then holding. Targets add <c>progress × span</c> to their
/// baseline, so each watched quantity approaches its trigger in a straight line that predict_linear can extend.
/// </summary>
public static class CapacityRamp
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(20);

    public static double Progress(ScenarioBoard scenarios, string scenario, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var since = Earliest(scenarios.ActiveSince(scenario), scenarios.ActiveSince(ScenarioNames.CapacityAll));
        return since is { } start ? Math.Clamp((at - start) / Duration, 0, 1) : 0;
    }

    public static bool IsActive(ScenarioBoard scenarios, string scenario)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return scenarios.IsActive(scenario) || scenarios.IsActive(ScenarioNames.CapacityAll);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
