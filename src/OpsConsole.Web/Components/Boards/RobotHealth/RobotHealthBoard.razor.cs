using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.Panels;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;

namespace OpsConsole.Web.Components.Boards.RobotHealth;

/// <summary>机器人健康全景图: fleet online rate, command success rate, their history per region, battery bands.</summary>
public sealed partial class RobotHealthBoard : IAsyncDisposable
{
    private static readonly IReadOnlyList<StatThreshold> OnlineThresholds = StatThreshold.HigherIsBetter(warningBelow: 0.95, criticalBelow: 0.85);
    private static readonly IReadOnlyList<StatThreshold> CommandThresholds = StatThreshold.HigherIsBetter(warningBelow: 0.99, criticalBelow: 0.95);

    private readonly LiveValue<double?> _onlineRate = new();
    private readonly LiveValue<double?> _commandSuccess = new();
    private readonly LiveValue<IReadOnlyList<ChartSeries>> _commandSuccessByRegion = new();
    private readonly LiveValue<IReadOnlyList<ChartSeries>> _onlineByRegion = new();
    private readonly LiveValue<IReadOnlyList<ChartSeries>> _battery = new();
    private RefreshLoop? _loop;
    private IDisposable? _healthSubscription;
    private bool _wasUnreachable;

    [Inject]
    private IMetricsSource Source { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    [Inject]
    private IOptions<ConsoleOptions> Options { get; set; } = default!;

    [Inject]
    private ILogger<RobotHealthBoard> Logger { get; set; } = default!;

    [Inject]
    private PrometheusHealthMonitor Health { get; set; } = default!;

    public async ValueTask DisposeAsync()
    {
        _healthSubscription?.Dispose();
        if (_loop is not null)
        {
            await _loop.DisposeAsync();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only once interactive: a prerender has no circuit to push updates to.
        if (firstRender)
        {
            _loop = RefreshLoop.Start(TimeProvider, Options.Value.DefaultRefresh, token => InvokeAsync(() => RefreshAsync(token)), Logger);
            _wasUnreachable = Health.Current.IsUnreachable;
            _healthSubscription = Health.Subscribe(OnHealthChanged);
        }
    }

    // When Prometheus is back, show fresh values at once rather than stale ones until the next tick.
    private void OnHealthChanged(PrometheusHealth health)
    {
        if (health.IsReachable && _wasUnreachable && _loop is { } loop)
        {
            _ = loop.RefreshNowAsync();
        }
        _wasUnreachable = health.IsUnreachable;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        await Task.WhenAll(
            RefreshPanelAsync(RobotHealthPanels.OnlineRate, RobotHealthQueries.OnlineRate, _onlineRate,
                token => MetricsReads.ScalarAsync(Source, RobotHealthQueries.OnlineRate, token), cancellationToken),
            RefreshPanelAsync(RobotHealthPanels.CommandSuccessRate, RobotHealthQueries.CommandSuccessRate, _commandSuccess,
                token => MetricsReads.ScalarAsync(Source, RobotHealthQueries.CommandSuccessRate, token), cancellationToken),
            RefreshPanelAsync(RobotHealthPanels.CommandSuccessRateByRegion, RobotHealthQueries.CommandSuccessRateByRegion, _commandSuccessByRegion,
                token => MetricsReads.RangeAsync(Source, RobotHealthQueries.CommandSuccessRateByRegion, now,
                    RobotHealthQueries.Window, RobotHealthQueries.Step, RobotHealthQueries.RegionLabel, token), cancellationToken),
            RefreshPanelAsync(RobotHealthPanels.OnlineRateByRegion, RobotHealthQueries.OnlineRateByRegion, _onlineByRegion,
                token => MetricsReads.RangeAsync(Source, RobotHealthQueries.OnlineRateByRegion, now,
                    RobotHealthQueries.Window, RobotHealthQueries.Step, RobotHealthQueries.RegionLabel, token), cancellationToken),
            RefreshPanelAsync(RobotHealthPanels.BatteryDistribution, RobotHealthQueries.BatteryDistribution, _battery,
                token => MetricsReads.CategoriesAsync(Source, RobotHealthQueries.BatteryDistribution, RobotHealthQueries.BandLabel,
                    RobotHealthText.BatterySeries, RobotHealthQueries.BandOrder, token), cancellationToken));
        StateHasChanged();
    }

    private async Task RefreshPanelAsync<T>(
        string panelId, string expression, LiveValue<T> value, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
    {
        if (await value.RefreshAsync(fetch, TimeProvider, cancellationToken))
        {
            LogPanelFailing(Logger, panelId, expression, value.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Panel {PanelId} keeps its last values: {Expression} failed with {PanelError}")]
    private static partial void LogPanelFailing(ILogger logger, string panelId, string expression, string? panelError);
}
