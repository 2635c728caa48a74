using System.Globalization;
using Bunit;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Panels;
using static OpsConsole.Web.Tests.Components.Panels.PanelTestData;

namespace OpsConsole.Web.Tests.Components.Panels;

public sealed class GaugePanelTests : PanelTestContext
{
    private static readonly PanelDefinition Compaction = Panel("""
          - id: compaction
            title: { zh-CN: 压缩效率, en: Compaction efficiency }
            type: gauge
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: min(ratio)
            options:
              unit: percentunit
              decimals: 1
              min: 0
              max: 1
              thresholds:
                - { value: 0, color: red }
                - { value: 0.5, color: yellow }
                - { value: 0.7, color: green }
        """);

    [Fact]
    public void The_dial_fills_to_the_values_place_between_min_and_max_in_its_threshold_colour()
    {
        var panel = Render<GaugePanel>(p => p.Add(g => g.Data, Data(Compaction, Instant((Labels(), 0.75)))));

        var gauge = panel.Find("[data-testid=gauge]");
        Assert.Equal(0.75, double.Parse(gauge.GetAttribute("data-fraction")!, CultureInfo.InvariantCulture));
        Assert.Equal(ThresholdColors.Css("green"), panel.Find("[data-testid=gauge-fill]").GetAttribute("stroke"));
        Assert.Equal("75.0 %", panel.Find("[data-testid=stat-value]").TextContent.Trim());
        Assert.Equal("true", panel.Find("[data-panel-id=compaction]").GetAttribute("data-drew"));
    }

    [Fact]
    public void A_value_beyond_max_fills_the_dial_and_no_further()
    {
        var panel = Render<GaugePanel>(p => p.Add(g => g.Data, Data(Compaction, Instant((Labels(), 1.7)))));

        Assert.Equal("1", panel.Find("[data-testid=gauge]").GetAttribute("data-fraction"));
    }
}
