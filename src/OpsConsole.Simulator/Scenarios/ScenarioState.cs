namespace OpsConsole.Simulator.Scenarios;

/// <summary>A scenario as the control API reports it.</summary>
public sealed record ScenarioState(string Name, string Description, bool Active, DateTimeOffset? ActivatedAt);
