using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
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
    private ElementReference _element;
    private bool _created;
    private IReadOnlyList<ChartSeries>? _drawnSeries;
    private ThemeMode _drawnTheme;

    [Parameter]
    public ChartKind Kind { get; set; } = ChartKind.Line;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

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

    [Parameter]
    public string NoDataText { get; set; } = "No data · 无数据";

    [CascadingParameter]
    public ThemeMode Theme { get; set; } = ThemeMode.Dark;

    [Inject]
    private ChartsInterop Charts { get; set; } = default!;

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_created)
        {
            try
            {
                // Not the cancelled token: the chart must be destroyed even though we are going away.
                await Charts.DestroyAsync(_element, CancellationToken.None);
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
                _drawnTheme = Theme;
                await Charts.CreateAsync(_element, CreateSpec(), token);
                _created = true;
            }
            if (!_created)
            {
                return;
            }
            if (!ReferenceEquals(_drawnSeries, Series))
            {
                _drawnSeries = Series;
                await Charts.UpdateAsync(_element, Series, token);
            }
            if (_drawnTheme != Theme)
            {
                _drawnTheme = Theme;
                await Charts.SetThemeAsync(_element, Theme.ToJsName(), token);
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
        Unit: Unit.ToJsName(),
        Decimals: Decimals,
        YMin: YMin,
        YMax: YMax,
        Height: Height,
        NoDataText: NoDataText,
        Series: Series);
}
