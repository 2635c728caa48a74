using Bunit;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Panels;
using static OpsConsole.Web.Tests.Components.Panels.PanelTestData;

namespace OpsConsole.Web.Tests.Components.Panels;

public sealed class StatPanelTests : PanelTestContext
{
    private static readonly PanelDefinition SuccessRate = Panel("""
          - id: command-success-rate
            title: { zh-CN: 指令成功率, en: Command success rate }
            type: stat
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: sum(rate(ok[5m])) / sum(rate(all[5m]))
            options:
              unit: percentunit
              decimals: 2
              thresholds:
                - { value: 0, color: red }
                - { value: 0.95, color: yellow }
                - { value: 0.99, color: green }
        """);

    [Fact]
    public void A_ratio_is_shown_in_the_panels_unit_with_its_decimals()
    {
        var panel = RenderStat(Instant((Labels(), 0.9731)));

        Assert.Equal("97.31 %", panel.Find("[data-testid=stat-value]").TextContent.Trim());
    }

    [Fact]
    public void The_panel_root_carries_its_id_type_and_that_it_drew()
    {
        var panel = RenderStat(Instant((Labels(), 0.9731)));

        var root = panel.Find("[data-panel-id=command-success-rate]");
        Assert.Equal("stat", root.GetAttribute("data-panel-type"));
        Assert.Equal("true", root.GetAttribute("data-drew"));
        Assert.Equal("false", root.GetAttribute("data-stale"));
        Assert.Contains("Command success rate", root.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_answer_yet_shows_a_dash_and_has_not_drawn()
    {
        var panel = RenderStat();

        Assert.Equal(UnitFormatter.Missing, panel.Find("[data-testid=stat-value]").TextContent.Trim());
        Assert.Equal("false", panel.Find("[data-panel-id]").GetAttribute("data-drew"));
    }

    [Theory]
    [InlineData(0.995, "green")]
    [InlineData(0.97, "yellow")]
    [InlineData(0.90, "red")]
    public void The_value_takes_the_colour_of_its_threshold(double value, string colour)
    {
        var panel = RenderStat(Instant((Labels(), value)));

        var shown = panel.Find("[data-testid=stat-value]");
        Assert.Equal(colour, shown.GetAttribute("data-color"));
        Assert.Contains(ThresholdColors.Css(colour), shown.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_refresh_keeps_the_value_and_shows_a_stale_badge()
    {
        var panel = RenderStat(FailedAfter(Instant((Labels(), 0.9731))));

        Assert.Equal("97.31 %", panel.Find("[data-testid=stat-value]").TextContent.Trim());
        Assert.Contains("stale", panel.Find("[data-testid=stale-badge]").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", panel.Find("[data-panel-id]").GetAttribute("data-stale"));
    }

    [Fact]
    public void An_invalid_query_shows_prometheus_error_text_in_the_panel()
    {
        var panel = RenderStat(Refused("bad_data", "1:5: parse error: unexpected right parenthesis ')'"));

        Assert.Contains("error", panel.Find("[data-testid=stale-badge]").TextContent, StringComparison.Ordinal);
        Assert.Equal("bad_data: 1:5: parse error: unexpected right parenthesis ')'",
            panel.Find("[data-testid=panel-error]").TextContent.Trim());
        Assert.Equal("false", panel.Find("[data-panel-id]").GetAttribute("data-drew"));
    }

    [Fact]
    public void An_empty_answer_says_no_data_and_has_not_drawn()
    {
        var panel = RenderStat(Instant());

        Assert.NotNull(panel.Find("[data-testid=no-data]"));
        Assert.Equal("false", panel.Find("[data-panel-id]").GetAttribute("data-drew"));
    }

    [Theory]
    [InlineData(0.5, ValueUnit.Percent, 1, "50.0 %")]
    [InlineData(1234.4, ValueUnit.Count, 0, "1,234")]
    [InlineData(double.NaN, ValueUnit.Percent, 2, ValueFormat.Missing)]
    [InlineData(0.1234, ValueUnit.None, 2, "0.12")]
    public void Hand_written_panel_units_format_like_board_units(double value, ValueUnit unit, int decimals, string expected) =>
        Assert.Equal(expected, ValueFormat.Format(value, unit, decimals));

    private IRenderedComponent<StatPanel> RenderStat(params Web.Components.Live.LivePanelState[] states) =>
        Render<StatPanel>(p => p.Add(s => s.Data, Data(SuccessRate, states.Length == 0 ? [Web.Components.Live.LivePanelState.Empty] : states)));
}
