namespace OpsConsole.Web.Components.Live;

/// <summary>How a panel is shown (a cascading value from its slot): in the board's grid, or alone and large.</summary>
public sealed record PanelDisplay(bool FullScreen)
{
    public static PanelDisplay InGrid { get; } = new(false);

    public static PanelDisplay Large { get; } = new(true);
}
