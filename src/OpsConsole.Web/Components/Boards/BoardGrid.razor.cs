using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.TimeNavigation;

namespace OpsConsole.Web.Components.Boards;

/// <summary>Lays a board's panels out on its grid, with variables resolved from the URL and the board's defaults.</summary>
public sealed partial class BoardGrid
{
    /// <summary>Height of one grid row in CSS pixels on a desk (a panel of h rows is h rows plus the gaps between them).</summary>
    public const int DefaultRowHeight = 36;

    public const int DefaultGap = 12;

    /// <summary>A stat's height on a phone, in grid rows: a compact tile, two side by side.</summary>
    public const int PhoneTileRows = 3;

    private const int FullScreenChartHeight = 640;

    // The panel's padding, title row and spacing above a chart.
    private const int PanelChrome = 72;

    private IReadOnlyDictionary<string, IReadOnlyList<string>> Selection { get; set; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    [Parameter, EditorRequired]
    public required BoardDefinition Board { get; set; }

    /// <summary>The values each variable offers, for the "first value" default of a variable without All.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; set; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Height of one grid row in CSS pixels; a wall screen sizes rows so the board fills the TV.</summary>
    [Parameter]
    public int RowHeight { get; set; } = DefaultRowHeight;

    [Parameter]
    public int Gap { get; set; } = DefaultGap;

    /// <summary>On a wall screen: no per-panel buttons and no phone layout (nobody touches a TV).</summary>
    [Parameter]
    public bool Wall { get; set; }

    [CascadingParameter]
    public LiveContext? Live { get; set; }

    [CascadingParameter]
    public BoardView? View { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The chart height that fills a cell <paramref name="grid"/>.H rows high.</summary>
    public int ChartHeightFor(GridPosition grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return Math.Max(Wall ? 60 : 120, (grid.H * RowHeight) + ((grid.H - 1) * Gap) - PanelChrome);
    }

    private string GridStyle => string.Create(CultureInfo.InvariantCulture, $"grid-auto-rows: {RowHeight}px; gap: {Gap}px");

    private string GridClass => Wall ? "oc-board-grid oc-board-grid-wall" : "oc-board-grid";

    protected override void OnParametersSet()
    {
        var next = VariableSelection.Resolve(Board, (Live ?? LiveContext.Default).Variables, Choices);
        // Keep the same dictionary while nothing changed, so panels do not re-substitute on every render.
        if (!SameSelection(Selection, next))
        {
            Selection = next;
        }
    }

    private static bool SameSelection(IReadOnlyDictionary<string, IReadOnlyList<string>> a, IReadOnlyDictionary<string, IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && pair.Value.SequenceEqual(other, StringComparer.Ordinal));

    private static string CellStyle(GridPosition grid) =>
        string.Create(CultureInfo.InvariantCulture, $"--x: {grid.X}; --y: {grid.Y}; --w: {grid.W}; --h: {grid.H}");

    private static string CellClass(PanelDefinition panel) =>
        panel.Type == PanelType.Stat ? "oc-grid-cell oc-cell-tile" : "oc-grid-cell";

    private static string GridText(GridPosition grid) =>
        string.Create(CultureInfo.InvariantCulture, $"{grid.X},{grid.Y},{grid.W},{grid.H}");

    private string ViewHref(string panelId) => Navigation.GetUriWithQueryParameter(BoardUrlState.ViewPanelParameter, panelId);
}
