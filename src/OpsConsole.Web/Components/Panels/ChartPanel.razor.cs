using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Live;

namespace OpsConsole.Web.Components.Panels;

/// <summary>The chart of a time series, bar or distribution panel: <see cref="Convert"/> picks what is drawn.</summary>
public sealed partial class ChartPanel
{
    private PanelData? _converted;
    private IReadOnlyList<ChartSeries> _series = [];
    private ChartWindow? _window;

    [Parameter, EditorRequired]
    public required PanelData Data { get; set; }

    [Parameter]
    public ChartKind Kind { get; set; } = ChartKind.Line;

    /// <summary>The panel's series as chart series; over time by default.</summary>
    [Parameter]
    public Func<PanelData, IReadOnlyList<ChartSeries>> Convert { get; set; } = PanelSeries.OverTime;

    [Parameter]
    public int Height { get; set; } = 260;

    [Parameter]
    public int FullScreenHeight { get; set; } = 640;

    [CascadingParameter]
    public PanelDisplay? Display { get; set; }

    protected override void OnParametersSet()
    {
        if (Data.SameFramesAs(_converted))
        {
            return;
        }

        _converted = Data;
        _series = Convert(Data);
        _window = IsTimeKind && Data.Window is { } window ? ChartWindow.Of(window.Start, window.End) : null;
    }

    private bool IsTimeKind => Kind is ChartKind.Line or ChartKind.Area or ChartKind.TimeBar;
}
