namespace OpsConsole.Core.Boards;

/// <summary>One board as its file in <c>deploy/boards/</c> describes it, already validated.</summary>
public sealed record BoardDefinition
{
    /// <summary>Width of the layout grid in columns; every panel fits inside it.</summary>
    public const int GridColumns = 24;

    /// <summary>Unique across all board files; URL-safe (<c>[a-z0-9-]</c>).</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>Where the board sits in navigation, lowest first (ties by id).</summary>
    public int Order { get; init; } = 100;

    /// <summary>Lower-case tags; a playlist entry may name a tag instead of a board.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How often panels refresh by default; null when the file says <c>off</c>.</summary>
    public TimeSpan? Refresh { get; init; }

    public required BoardTimeRange Time { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public required IReadOnlyList<PanelDefinition> Panels { get; init; }

    /// <summary>The file the board came from (its name only, e.g. <c>kafka.yaml</c>).</summary>
    public required string SourceFile { get; init; }
}
