namespace OpsConsole.Core.Boards;

/// <summary>Raised when a reload changed the boards: the snapshot before and after.</summary>
public sealed class BoardCatalogChangedEventArgs(BoardCatalogSnapshot previous, BoardCatalogSnapshot current) : EventArgs
{
    public BoardCatalogSnapshot Previous { get; } = previous;

    public BoardCatalogSnapshot Current { get; } = current;
}
