using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Components.Live;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// Wraps one panel of a <see cref="LiveBoard"/>: a grid cell with a "view" button that opens the panel
/// full screen (<c>?viewPanel=</c>, so Back returns); hidden while another panel is viewed.
/// </summary>
public sealed partial class PanelSlot
{
    [Parameter, EditorRequired]
    public required string PanelId { get; set; }

    [Parameter]
    public int Xs { get; set; } = 12;

    [Parameter]
    public int Sm { get; set; }

    [Parameter]
    public int Md { get; set; }

    [Parameter]
    public int Lg { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [CascadingParameter]
    public BoardView? View { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string ViewHref => Navigation.GetUriWithQueryParameter(BoardUrlState.ViewPanelParameter, PanelId);
}
