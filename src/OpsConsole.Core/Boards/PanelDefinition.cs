namespace OpsConsole.Core.Boards;

/// <summary>One panel of a board: what it queries, how it draws, where it sits.</summary>
public sealed record PanelDefinition
{
    /// <summary>Unique within its board; URL-safe (<c>[a-z0-9-]</c>), used for the full-screen view.</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    public required PanelType Type { get; init; }

    public required GridPosition Grid { get; init; }

    /// <summary>One or more queries, each drawn as its own series (or set of series).</summary>
    public required IReadOnlyList<PanelTarget> Targets { get; init; }

    public required PanelOptions Options { get; init; }
}
