using Microsoft.AspNetCore.Components;
using CorePanelFrame = OpsConsole.Core.Feeds.PanelFrame;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Panels;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Draws a <see cref="LivePanelState"/>: lines over time named by <see cref="SeriesLabel"/>, or (with
/// <see cref="CategoryLabel"/>) bars/donut over the newest value per category.
/// </summary>
public sealed partial class LiveChart
{
    private CorePanelFrame? _converted;
    private IReadOnlyList<ChartSeries> _series = [];

    [Parameter, EditorRequired]
    public required LivePanelState State { get; set; }

    [Parameter]
    public ChartKind Kind { get; set; } = ChartKind.Line;

    /// <summary>The label that names each line (e.g. "region").</summary>
    [Parameter]
    public string SeriesLabel { get; set; } = "__name__";

    /// <summary>The line name when <see cref="SeriesLabel"/> is missing, and the bar series' name.</summary>
    [Parameter]
    public string SeriesName { get; set; } = string.Empty;

    /// <summary>Set for bars and donuts: the label whose values are the categories.</summary>
    [Parameter]
    public string? CategoryLabel { get; set; }

    /// <summary>Orders categories; by default by name.</summary>
    [Parameter]
    public Func<string, double>? CategoryOrder { get; set; }

    [Parameter]
    public ValueUnit Unit { get; set; } = ValueUnit.None;

    [Parameter]
    public int Decimals { get; set; } = 1;

    [Parameter]
    public double? YMin { get; set; }

    [Parameter]
    public double? YMax { get; set; }

    [Parameter]
    public int Height { get; set; } = 260;

    /// <summary>The height when the panel is viewed alone (<c>?viewPanel=</c>).</summary>
    [Parameter]
    public int FullScreenHeight { get; set; } = 640;

    [CascadingParameter]
    public PanelDisplay? Display { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_converted, State.Frame))
        {
            return;
        }

        _converted = State.Frame;
        _series = CategoryLabel is { } category
            ? FrameReads.Categories(State.Series, category, SeriesName, CategoryOrder ?? ByName(State.Series, category))
            : FrameReads.OverTime(State.Series, SeriesLabel, SeriesName);
    }

    private static Func<string, double> ByName(IReadOnlyList<Core.Metrics.MetricSeries> series, string label)
    {
        var names = series.Select(s => s.Labels[label] ?? string.Empty).Order(StringComparer.Ordinal).ToList();
        return name => names.IndexOf(name);
    }
}
