namespace OpsConsole.Web.Wall;

/// <summary>Section <c>Wall</c>: how wall screens report in and switch boards.</summary>
public sealed class WallOptions
{
    public const string SectionName = "Wall";

    /// <summary>How often a screen reports (its browser memory) and renews its kiosk cookie.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long before a switch the next board is drawn, hidden, so it shows complete at once.</summary>
    public TimeSpan Prewarm { get; set; } = TimeSpan.FromSeconds(8);
}
