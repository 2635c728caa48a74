namespace OpsConsole.Simulator.Scenarios;

/// <summary>A scenario switch and what it does to the fleet.</summary>
public sealed record ScenarioDefinition(string Name, string Description);
