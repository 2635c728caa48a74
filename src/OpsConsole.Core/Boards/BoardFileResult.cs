namespace OpsConsole.Core.Boards;

/// <summary>
/// What loading one board file gave: the board, or every error found in it (never both).
/// </summary>
/// <param name="File">The file's name (e.g. <c>kafka.yaml</c>).</param>
/// <param name="BoardId">
/// The board's id as the file states it, or the file name without extension when the id could not be
/// read, so a broken board keeps its place (and URL) and can show its errors there.
/// </param>
/// <param name="Board">The validated board; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every error of the file, ordered by line and column.</param>
public sealed record BoardFileResult(string File, string BoardId, BoardDefinition? Board, IReadOnlyList<BoardFileError> Errors)
{
    public bool IsValid => Board is not null;
}
