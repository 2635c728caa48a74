namespace OpsConsole.Core.Boards;

/// <summary>A board variable (<c>$region</c>): where its choices come from and what is selected at first.</summary>
public sealed record VariableDefinition
{
    /// <summary>The name expressions use after <c>$</c> (<c>[A-Za-z_][A-Za-z0-9_]*</c>).</summary>
    public required string Name { get; init; }

    public required LocalizedText Label { get; init; }

    public required VariableSource Source { get; init; }

    /// <summary>Whether several values may be selected at once.</summary>
    public bool Multi { get; init; }

    /// <summary>Whether the picker offers "All" (<see cref="BoardQuery.AllValue"/>), which matches every value.</summary>
    public bool IncludeAll { get; init; }

    /// <summary>
    /// The selection when the URL gives none. Empty means "All" when <see cref="IncludeAll"/> is set,
    /// otherwise the first value the source returns.
    /// </summary>
    public IReadOnlyList<string> Default { get; init; } = [];
}
