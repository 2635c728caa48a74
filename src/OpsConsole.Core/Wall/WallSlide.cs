using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Wall;

/// <summary>One board of a screen's rotation with what its playlist entry sets for it.</summary>
public sealed record WallSlide(BoardDefinition Board, PlaylistEntry Entry)
{
    public TimeSpan Dwell => Entry.Dwell;

    /// <summary>The entry's range, else the board's own.</summary>
    public BoardTimeRange Time => Entry.Time ?? Board.Time;
}
