using OpsConsole.Testing;
using Bunit;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.Panels;
using OpsConsole.Web.Tests.Support;
using static OpsConsole.Web.Tests.Components.Panels.PanelTestData;

namespace OpsConsole.Web.Tests.Components.Panels;

/// <summary>Time series, bar and distribution panels: what reaches the chart module from a frame.</summary>
public sealed class ChartPanelTests : PanelTestContext
{
    private static readonly PanelDefinition QpsByPod = Panel("""
          - id: qps-by-pod
            title: { zh-CN: 各实例请求数, en: Requests per second by pod }
            type: timeseries
            grid: { x: 0, y: 0, w: 12, h: 8 }
            targets:
              - expr: sum by (pod) (rate(requests_total[1m]))
                legend: "{{pod}}"
            options: { unit: ops/s, style: area, stack: true }
        """);

    private static readonly PanelDefinition Percentiles = Panel("""
          - id: latency
            title: { zh-CN: 延迟, en: Latency }
            type: timeseries
            grid: { x: 0, y: 0, w: 12, h: 8 }
            targets:
              - expr: histogram_quantile(0.5, x)
                legend: p50
              - expr: histogram_quantile(0.99, x)
                legend: p99
            options: { unit: s }
        """);

    [Fact]
    public async Task A_time_series_is_drawn_over_the_query_window_with_legend_names_unit_and_stacking()
    {
        var panel = Render<TimeSeriesPanel>(p => p.Add(t => t.Data, Data(QpsByPod,
            Range((Labels(("pod", "webhook-1")), [10, 12]), (Labels(("pod", "webhook-0")), [5, 6])))));

        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var spec = Assert.IsType<ChartSpec>(ChartModule.Invocations["create"][0].Arguments[2]);
        Assert.Equal("area", spec.Kind);
        Assert.True(spec.Stacked);
        Assert.Equal("ops/s", spec.Unit);
        Assert.Equal(ChartWindow.Of(WindowStart, WindowEnd), spec.Window);
        Assert.Equal(["webhook-0", "webhook-1"], spec.Series.Select(s => s.Name));
        Assert.Equal([WindowEnd.AddMinutes(-15).ToUnixTimeMilliseconds(), WindowEnd.ToUnixTimeMilliseconds()], spec.Series[1].Data.Select(p => (long)p.X));
        Assert.Equal("true", panel.Find("[data-panel-id=qps-by-pod]").GetAttribute("data-drew"));
    }

    [Fact]
    public async Task A_new_frame_updates_the_chart_with_its_new_window()
    {
        var panel = Render<TimeSeriesPanel>(p => p.Add(t => t.Data, Data(QpsByPod, Range((Labels(("pod", "a")), [1, 2])))));
        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var later = LivePanelState.Empty.With(Range((Labels(("pod", "a")), [2, 3])).Frame! with
        {
            Window = new Core.Feeds.FeedWindow(WindowStart.AddMinutes(5), WindowEnd.AddMinutes(5)),
        });

        panel.Render(p => p.Add(t => t.Data, Data(QpsByPod, later)));

        await Eventually.Until(() => ChartModule.Invocations["update"].Count == 1, Eventually.InProcessDeadline, "the chart to be updated");
        var update = ChartModule.Invocations["update"][0];
        Assert.Equal(ChartWindow.Of(WindowStart.AddMinutes(5), WindowEnd.AddMinutes(5)), update.Arguments[2]);
    }

    [Fact]
    public async Task Re_rendering_the_same_frames_does_not_redraw()
    {
        var state = Range((Labels(("pod", "a")), [1, 2]));
        var panel = Render<TimeSeriesPanel>(p => p.Add(t => t.Data, Data(QpsByPod, state)));
        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");

        panel.Render(p => p.Add(t => t.Data, Data(QpsByPod, state)));

        Assert.Empty(ChartModule.Invocations["update"]);
    }

    [Fact]
    public async Task Each_target_is_its_own_series_named_by_its_legend_in_target_order()
    {
        Render<TimeSeriesPanel>(p => p.Add(t => t.Data, Data(Percentiles,
            Range((Labels(), [0.05, 0.06])), Range((Labels(), [0.4, 0.5])))));

        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var spec = Assert.IsType<ChartSpec>(ChartModule.Invocations["create"][0].Arguments[2]);
        Assert.Equal("line", spec.Kind);
        Assert.Equal(["p50", "p99"], spec.Series.Select(s => s.Name));
    }

    [Fact]
    public async Task An_instant_bar_panel_draws_one_bar_per_series_at_its_value()
    {
        var leaders = Panel("""
              - id: leaders
                title: { zh-CN: Leader, en: Leaders }
                type: bar
                grid: { x: 0, y: 0, w: 8, h: 8 }
                targets:
                  - expr: leadercount
                    legend: "{{pod}}"
                options: { unit: count, query: instant }
            """);

        Render<BarPanel>(p => p.Add(b => b.Data, Data(leaders,
            Instant((Labels(("pod", "kafka-1")), 7), (Labels(("pod", "kafka-0")), 9)))));

        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var spec = Assert.IsType<ChartSpec>(ChartModule.Invocations["create"][0].Arguments[2]);
        Assert.Equal("bar", spec.Kind);
        Assert.Null(spec.Window);
        var bars = Assert.Single(spec.Series);
        Assert.Equal(["kafka-0", "kafka-1"], bars.Data.Select(p => p.X));
        Assert.Equal([9d, 7d], bars.Data.Select(p => p.Y));
    }

    [Fact]
    public async Task Histogram_buckets_become_bars_of_their_own_counts_in_bound_order()
    {
        var latency = Panel("""
              - id: buckets
                title: { zh-CN: 分布, en: Buckets }
                type: distribution
                grid: { x: 0, y: 0, w: 8, h: 8 }
                targets:
                  - expr: sum by (le) (latency_bucket)
                options: { unit: count, distribution: histogram }
            """);

        Render<DistributionPanel>(p => p.Add(d => d.Data, Data(latency, Instant(
            (Labels(("le", "+Inf")), 100), (Labels(("le", "0.1")), 60), (Labels(("le", "0.5")), 90)))));

        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var spec = Assert.IsType<ChartSpec>(ChartModule.Invocations["create"][0].Arguments[2]);
        Assert.Equal("bar", spec.Kind);
        var bars = Assert.Single(spec.Series);
        Assert.Equal(["≤ 0.1", "≤ 0.5", "+Inf"], bars.Data.Select(p => p.X));
        Assert.Equal([60d, 30d, 10d], bars.Data.Select(p => p.Y));
    }

    [Fact]
    public async Task Bands_named_by_numbers_are_ordered_by_number_and_a_donut_shows_shares()
    {
        var battery = Panel("""
              - id: battery
                title: { zh-CN: 电量, en: Battery }
                type: distribution
                grid: { x: 0, y: 0, w: 8, h: 8 }
                targets:
                  - expr: sum by (band) (robots)
                    legend: "{{band}} %"
                options: { unit: count, distribution: donut }
            """);

        Render<DistributionPanel>(p => p.Add(d => d.Data, Data(battery, Instant(
            (Labels(("band", "80-100")), 5), (Labels(("band", "20-40")), 40), (Labels(("band", "0-20")), 12)))));

        await Eventually.Until(() => ChartModule.Invocations["create"].Count == 1, Eventually.InProcessDeadline, "the chart to be created");
        var spec = Assert.IsType<ChartSpec>(ChartModule.Invocations["create"][0].Arguments[2]);
        Assert.Equal("donut", spec.Kind);
        Assert.Equal(["0-20 %", "20-40 %", "80-100 %"], Assert.Single(spec.Series).Data.Select(p => p.X));
    }
}
