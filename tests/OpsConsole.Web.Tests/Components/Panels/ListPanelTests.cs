using Bunit;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Panels;
using static OpsConsole.Web.Tests.Components.Panels.PanelTestData;

namespace OpsConsole.Web.Tests.Components.Panels;

/// <summary>Table, top-N and state grid panels: panels drawn as markup, one element per series.</summary>
public sealed class ListPanelTests : PanelTestContext
{
    [Fact]
    public void A_table_has_a_row_per_series_a_column_per_label_and_the_formatted_value()
    {
        var lag = Panel("""
              - id: lag
                title: { zh-CN: 积压, en: Backlog }
                type: table
                grid: { x: 0, y: 0, w: 24, h: 8 }
                targets:
                  - expr: sum by (topic, partition) (lag)
                options: { unit: count }
            """);

        var panel = Render<TablePanel>(p => p.Add(t => t.Data, Data(lag, Instant(
            (Labels(("topic", "telemetry"), ("partition", "0")), 1200),
            (Labels(("topic", "commands"), ("partition", "1")), 3)))));

        Assert.Equal(["partition", "topic", "Value"], panel.FindAll("th").Select(h => h.TextContent.Split(" · ")[^1]));
        var rows = panel.FindAll("[data-testid=table-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["0", "telemetry", "1,200"], rows.Single(r => r.TextContent.Contains("telemetry", StringComparison.Ordinal))
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal("true", panel.Find("[data-panel-id=lag]").GetAttribute("data-drew"));
    }

    [Fact]
    public void A_top_n_list_ranks_the_largest_series_and_keeps_only_its_limit()
    {
        var hot = Panel("""
              - id: hot-pods
                title: { zh-CN: 热点, en: Hot pods }
                type: topn
                grid: { x: 0, y: 0, w: 6, h: 8 }
                targets:
                  - expr: topk(3, busy)
                    legend: "{{pod}}"
                options: { unit: none, decimals: 2, limit: 2 }
            """);

        var panel = Render<TopNPanel>(p => p.Add(t => t.Data, Data(hot, Instant(
            (Labels(("pod", "a")), 0.2), (Labels(("pod", "b")), 0.9), (Labels(("pod", "c")), 0.5)))));

        var rows = panel.FindAll("[data-testid=topn-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("1. b", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("0.90", rows[0].QuerySelector("[data-testid=topn-value]")!.TextContent.Trim());
        Assert.Contains("2. c", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_grid_colours_each_instance_by_its_threshold()
    {
        var targets = Panel("""
              - id: targets
                title: { zh-CN: 目标, en: Targets }
                type: stategrid
                grid: { x: 0, y: 0, w: 24, h: 5 }
                targets:
                  - expr: up
                    legend: "{{job}} {{instance}}"
                options:
                  thresholds:
                    - { value: 0, color: red }
                    - { value: 1, color: green }
            """);

        var panel = Render<StateGridPanel>(p => p.Add(s => s.Data, Data(targets, Instant(
            (Labels(("job", "kafka"), ("instance", "k-0")), 1), (Labels(("job", "redis"), ("instance", "r-0")), 0)))));

        var cells = panel.FindAll("[data-testid=stategrid-cell]");
        Assert.Equal(["kafka k-0", "redis r-0"], cells.Select(c => c.TextContent.Trim()));
        Assert.Equal(["green", "red"], cells.Select(c => c.GetAttribute("data-state")));
        Assert.Contains(ThresholdColors.Css("red"), cells[1].GetAttribute("style"), StringComparison.Ordinal);
    }
}
