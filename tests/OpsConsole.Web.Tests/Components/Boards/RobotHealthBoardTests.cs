using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Boards.RobotHealth;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Health;
using OpsConsole.Web.Health;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Boards;

public sealed class RobotHealthBoardTests : ConsoleTestContext
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);

    public RobotHealthBoardTests()
    {
        Render<MudPopoverProvider>();
        Source.SetInstant(RobotHealthQueries.OnlineRate, 0.9731);
        Source.SetInstant(RobotHealthQueries.CommandSuccessRate, 0.9952);
        Source.SetRange(RobotHealthQueries.CommandSuccessRateByRegion, "cn-east", new SamplePoint(Start, 0.99));
        Source.SetRange(RobotHealthQueries.OnlineRateByRegion, "cn-east", new SamplePoint(Start, 0.95));
        Source.SetInstant(RobotHealthQueries.BatteryDistribution, 40, ("band", "20-40"));
        Source.SetInstant(RobotHealthQueries.BatteryDistribution, 12, ("band", "0-20"));
    }

    [Fact]
    public void The_board_shows_the_fleet_values_once_loaded()
    {
        var board = Render<RobotHealthBoard>();

        board.WaitForAssertion(
            () =>
            {
                Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate));
                Assert.Equal("99.52 %", StatValue(board, RobotHealthPanels.CommandSuccessRate));
            },
            Wait.Deadline);
        Assert.Empty(board.FindAll("[data-testid=stale-badge]"));
        foreach (var panel in new[] { RobotHealthPanels.CommandSuccessRateByRegion, RobotHealthPanels.OnlineRateByRegion, RobotHealthPanels.BatteryDistribution })
        {
            Assert.NotNull(board.Find($"[data-panel-id={panel}] [data-testid=chart]"));
        }
    }

    [Fact]
    public void Values_follow_the_source_on_every_refresh_tick()
    {
        var board = Render<RobotHealthBoard>();
        board.WaitForAssertion(() => Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate)), Wait.Deadline);

        Source.SetInstant(RobotHealthQueries.OnlineRate, 0.9);
        Time.Advance(Refresh);

        board.WaitForAssertion(() => Assert.Equal("90.00 %", StatValue(board, RobotHealthPanels.OnlineRate)), Wait.Deadline);
    }

    [Fact]
    public async Task Battery_bands_reach_the_chart_in_band_order()
    {
        Render<RobotHealthBoard>();

        // The chart is fed after rendering, so no render announces it.
        await Wait.UntilAsync(() => ChartModule.Invocations["update"].Any(IsBatteryUpdate), "the battery chart's update");
        var update = ChartModule.Invocations["update"].Last(IsBatteryUpdate);
        var series = Assert.Single((IReadOnlyList<ChartSeries>)update.Arguments[1]!);
        Assert.Equal(["0-20", "20-40"], series.Data.Select(p => p.X));
        Assert.Equal([12d, 40d], series.Data.Select(p => p.Y));
    }

    [Fact]
    public async Task An_outage_keeps_the_last_values_with_badges_and_a_banner_and_recovers_by_itself()
    {
        var monitor = Services.GetRequiredService<PrometheusHealthMonitor>();
        await monitor.StartAsync(CancellationToken.None);
        var banner = Render<PrometheusUnreachableBanner>();
        var board = Render<RobotHealthBoard>();
        board.WaitForAssertion(() => Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate)), Wait.Deadline);
        banner.WaitForAssertion(() => Assert.True(monitor.Current.IsReachable), Wait.Deadline);

        Source.FailWith(FakeMetricsSource.UnreachableError());
        Time.Advance(Refresh);

        board.WaitForAssertion(() => Assert.Equal(5, board.FindAll("[data-testid=stale-badge]").Count), Wait.Deadline);
        Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate));
        banner.WaitForAssertion(() => Assert.Contains(
            "Prometheus unreachable - showing last values from 08:00:00",
            banner.Find("[data-testid=prometheus-unreachable]").TextContent,
            StringComparison.Ordinal), Wait.Deadline);

        Source.Recover();
        Source.SetInstant(RobotHealthQueries.OnlineRate, 0.98);
        Time.Advance(Refresh);

        board.WaitForAssertion(
            () =>
            {
                Assert.Equal("98.00 %", StatValue(board, RobotHealthPanels.OnlineRate));
                Assert.Empty(board.FindAll("[data-testid=stale-badge]"));
            },
            Wait.Deadline);
        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=prometheus-unreachable]")), Wait.Deadline);
        await monitor.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Panels_refresh_as_soon_as_prometheus_is_back_without_waiting_for_their_tick()
    {
        var monitor = Services.GetRequiredService<PrometheusHealthMonitor>();
        await monitor.StartAsync(CancellationToken.None);
        var board = Render<RobotHealthBoard>();
        board.WaitForAssertion(() => Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate)), Wait.Deadline);
        Source.FailWith(FakeMetricsSource.UnreachableError());
        Time.Advance(Refresh);
        board.WaitForAssertion(() => Assert.Equal(5, board.FindAll("[data-testid=stale-badge]").Count), Wait.Deadline);
        board.WaitForAssertion(() => Assert.True(monitor.Current.IsUnreachable), Wait.Deadline);

        Source.Recover();
        Source.SetInstant(RobotHealthQueries.OnlineRate, 0.98);
        // Half a refresh interval: only the health monitor's probe is due, not the board's tick.
        Time.Advance(TimeSpan.FromSeconds(5));

        board.WaitForAssertion(
            () =>
            {
                Assert.Equal("98.00 %", StatValue(board, RobotHealthPanels.OnlineRate));
                Assert.Empty(board.FindAll("[data-testid=stale-badge]"));
            },
            Wait.Deadline);
        await monitor.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Leaving_the_board_stops_its_refreshes()
    {
        var board = Render<RobotHealthBoard>();
        board.WaitForAssertion(() => Assert.Equal("97.31 %", StatValue(board, RobotHealthPanels.OnlineRate)), Wait.Deadline);
        var updatesBefore = ChartModule.Invocations["update"].Count;

        await DisposeComponentsAsync();
        Source.SetInstant(RobotHealthQueries.OnlineRate, 0.5);
        Time.Advance(Refresh);
        Time.Advance(Refresh);

        Assert.Equal(updatesBefore, ChartModule.Invocations["update"].Count);
        var feed = Services.GetRequiredService<PanelFeed>();
        Assert.Equal(0, feed.SubscriberCount);
        Assert.Equal(0, feed.ActiveKeyCount);
    }

    private static bool IsBatteryUpdate(JSRuntimeInvocation invocation) =>
        invocation.Arguments[1] is IReadOnlyList<ChartSeries> series
        && series.Any(s => s.Data.Any(p => p.X is string));

    private static string StatValue(IRenderedComponent<RobotHealthBoard> board, string panelId) =>
        board.Find($"[data-panel-id={panelId}] [data-testid=stat-value]").TextContent.Trim();
}
