namespace OpsConsole.Core.Boards;

/// <summary>A panel's place on the board grid: column <paramref name="X"/> (0..23) and row <paramref name="Y"/>, <paramref name="W"/> columns wide and <paramref name="H"/> rows high.</summary>
public sealed record GridPosition(int X, int Y, int W, int H)
{
    /// <summary>Whether the two rectangles share at least one grid cell.</summary>
    public bool Overlaps(GridPosition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return X < other.X + other.W && other.X < X + W && Y < other.Y + other.H && other.Y < Y + H;
    }
}
