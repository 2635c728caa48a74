namespace OpsConsole.Web.Wall;

/// <summary>What an admin can push to a connected wall screen.</summary>
public enum WallCommand
{
    /// <summary>Reload the page (picks up a new console version or a changed playlist at once).</summary>
    Reload,

    /// <summary>Show the next board of the playlist now.</summary>
    Next,
}
