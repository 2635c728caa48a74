using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Wall;

/// <summary>
/// One step of a playlist: a board (or every board with a tag, in navigation order), shown for
/// <see cref="Dwell"/> each, with its own variables and time range.
/// </summary>
public sealed record PlaylistEntry
{
    /// <summary>A board id; null when <see cref="Tag"/> is given.</summary>
    public string? Board { get; init; }

    /// <summary>A board tag; null when <see cref="Board"/> is given.</summary>
    public string? Tag { get; init; }

    public required TimeSpan Dwell { get; init; }

    /// <summary>Variable values by name; a variable not named keeps the board's default.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The time range; null keeps the board's own.</summary>
    public BoardTimeRange? Time { get; init; }

    /// <summary>1-based line of the entry in its file, so a board it names that does not exist can be reported there.</summary>
    public int Line { get; init; }
}
