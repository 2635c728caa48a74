using System.Collections.Concurrent;

namespace OpsConsole.Simulator.Scenarios;

/// <summary>Which scenarios are switched on, and since when.</summary>
public sealed class ScenarioBoard(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _active = new(StringComparer.Ordinal);

    /// <summary>Switches a scenario on; returns null when no scenario has that name.</summary>
    public ScenarioState? Activate(string name)
    {
        var definition = ScenarioCatalog.Find(name);
        if (definition is null)
        {
            return null;
        }

        _active.TryAdd(definition.Name, timeProvider.GetUtcNow());
        return Describe(definition);
    }

    /// <summary>Switches a scenario off; returns null when no scenario has that name.</summary>
    public ScenarioState? Deactivate(string name)
    {
        var definition = ScenarioCatalog.Find(name);
        if (definition is null)
        {
            return null;
        }

        _active.TryRemove(definition.Name, out _);
        return Describe(definition);
    }

    public bool IsActive(string name) => _active.ContainsKey(name);

    /// <summary>When the scenario was switched on; null while it is off.</summary>
    public DateTimeOffset? ActiveSince(string name) => _active.TryGetValue(name, out var since) ? since : null;

    public IReadOnlyList<ScenarioState> List() => ScenarioCatalog.All.Select(Describe).ToList();

    private ScenarioState Describe(ScenarioDefinition definition) =>
        _active.TryGetValue(definition.Name, out var since)
            ? new(definition.Name, definition.Description, true, since)
            : new(definition.Name, definition.Description, false, null);
}
