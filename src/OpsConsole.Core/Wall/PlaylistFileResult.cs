using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Wall;

/// <summary>What loading one playlist file gave: the playlist, or every error found in it (never both).</summary>
/// <param name="File">The file's name.</param>
/// <param name="PlaylistId">The id the file states, or its name without extension when the id could not be read.</param>
/// <param name="ScreenIds">The ids of the screens the file declares, even when it is broken, so each can show the file's errors.</param>
public sealed record PlaylistFileResult(string File, string PlaylistId, PlaylistDefinition? Playlist, IReadOnlyList<BoardFileError> Errors) : IDefinitionFileResult
{
    public IReadOnlyList<string> ScreenIds { get; init; } = [];

    public bool IsValid => Playlist is not null;
}
