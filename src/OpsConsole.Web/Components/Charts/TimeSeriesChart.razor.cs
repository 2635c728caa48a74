using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Components.Panels;

namespace OpsConsole.Web.Components.Charts;

/// <summary>
/// An ApexCharts chart: created once after the first render, then only fed new series, so a live
/// refresh never rebuilds it. Kind picks lines over time, bars or a donut over categories.
/// </summary>
public sealed partial class TimeSeriesChart : IAsyncDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly string _chartId = Guid.NewGuid().ToString("N");
    private ElementReference _element;
    private bool _created;

    // Set before create is sent: a chart disposed while the browser is still drawing it must be destroyed too, or its
    // ApexCharts instance (with a window resize listener) keeps the removed panel's whole SVG alive. A wall screen
    // switching boards leaked a board's worth of detached nodes every few minutes this way.
    private bool _createSent;
    private IReadOnlyList<ChartSeries>? _drawnSeries;
    private ChartWindow? _drawnWindow;
    private ThemeMode _drawnTheme;
    private int _drawnHeight;

    [Parameter]
    public ChartKind Kind { get; set; } = ChartKind.Line;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter]
    public ValueUnit Unit { get; set; } = ValueUnit.None;

    /// <summary>A board panel's unit; takes precedence over <see cref="Unit"/>.</summary>
    [Parameter]
    public Unit? BoardUnit { get; set; }

    /// <summary>Digits after the point; null chooses by magnitude (as Core's UnitFormatter does).</summary>
    [Parameter]
    public int? Decimals { get; set; } = 1;

    /// <summary>Series stack on each other (areas and bars).</summary>
    [Parameter]
    public bool Stacked { get; set; }

    [Parameter]
    public LegendPlacement Legend { get; set; } = LegendPlacement.Bottom;

    /// <summary>The x-axis span of a time chart (the query window); null fits the data.</summary>
    [Parameter]
    public ChartWindow? Window { get; set; }

    [Parameter]
    public double? YMin { get; set; }

    [Parameter]
    public double? YMax { get; set; }

    [Parameter]
    public int Height { get; set; } = 260;

    [Parameter]
    public string NoDataText { get; set; } = Panels.PanelText.NoData;

    [CascadingParameter]
    public ThemeMode Theme { get; set; } = ThemeMode.Dark;

    /// <summary>A zone other than the console's display zone (a wall screen's own); null uses <see cref="TimeProvider.LocalTimeZone"/>.</summary>
    [CascadingParameter(Name = DisplayZone)]
    public TimeZoneInfo? Zone { get; set; }

    /// <summary>The name under which a page cascades <see cref="Zone"/>.</summary>
    public const string DisplayZone = "DisplayZone";

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ChartsInterop Charts { get; set; } = default!;

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_createSent)
        {
            try
            {
                // Not the cancelled token: the chart must be destroyed even though we are going away.
                await Charts.DestroyAsync(_chartId, CancellationToken.None);
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and the chart with it.
            }
        }
        _disposed.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var token = _disposed.Token;
        try
        {
            if (firstRender)
            {
                _drawnSeries = Series;
                _drawnWindow = Window;
                _drawnTheme = Theme;
                _drawnHeight = Height;
                _createSent = true;
                await Charts.CreateAsync(_chartId, _element, CreateSpec(), token);
                _created = true;
            }
            if (!_created)
            {
                return;
            }
            if (!ReferenceEquals(_drawnSeries, Series) || _drawnWindow != Window)
            {
                _drawnSeries = Series;
                _drawnWindow = Window;
                await Charts.UpdateAsync(_chartId, Series, Window, token);
            }
            if (_drawnHeight != Height)
            {
                _drawnHeight = Height;
                await Charts.ResizeAsync(_chartId, Height, token);
            }
            if (_drawnTheme != Theme)
            {
                _drawnTheme = Theme;
                await Charts.SetThemeAsync(_chartId, Theme.ToJsName(), token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Disposed mid-call.
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away between render and interop.
        }
    }

    private ChartSpec CreateSpec() => new(
        Kind: Kind.ToString().ToLowerInvariant(),
        Theme: Theme.ToJsName(),
        Unit: BoardUnit is { } unit ? BoardVocabulary.NameOf(unit) : Unit.ToJsName(),
        Decimals: Decimals,
        YMin: YMin,
        YMax: YMax,
        Height: Height,
        NoDataText: NoDataText,
        Series: Series)
    {
        Stacked = Stacked,
        Legend = BoardVocabulary.LegendPlacements.First(p => p.Value == Legend).Key,
        Window = Window,
        Locale = CultureInfo.CurrentCulture.Name,
        Time = ChartTimeFormat.For(Zone ?? Time.LocalTimeZone, CultureInfo.CurrentCulture),
    };
}
