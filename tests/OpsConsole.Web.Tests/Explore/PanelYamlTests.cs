using OpsConsole.Core.Boards;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Tests.Explore;

/// <summary>"Copy as board panel" gives YAML the board loader accepts, with the queries unchanged.</summary>
public sealed class PanelYamlTests
{
    public static TheoryData<string> Presets() => [.. ExplorePreset.All.Select(p => p.Expression)];

    [Theory]
    [MemberData(nameof(Presets))]
    public void A_preset_as_a_panel_loads_as_a_board(string expression)
    {
        var panel = LoadPanel(PanelYaml.For(expression, [expression]));

        Assert.Equal(PanelType.TimeSeries, panel.Type);
        Assert.Equal(expression, Assert.Single(panel.Targets).Expr);
    }

    [Fact]
    public void Quotes_backslashes_newlines_and_Chinese_survive_and_every_query_becomes_a_target()
    {
        string[] expressions = ["sum by (uri) (rate(http_server_requests_seconds_count{uri=~\"/webhook/.*\\\\d\"}[5m]))", "up{区域=\"华东\"}\n  > 0"];

        var panel = LoadPanel(PanelYaml.For("延迟: \"p99\" # not a comment", expressions));

        Assert.Equal(expressions, panel.Targets.Select(t => t.Expr).ToArray());
        Assert.Equal("延迟: \"p99\" # not a comment", panel.Title.En);
        Assert.Matches("^explore-[a-z0-9-]+$", panel.Id);
    }

    private static PanelDefinition LoadPanel(string panelYaml)
    {
        var indented = string.Join('\n', panelYaml.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));
        var board = $"id: explore-check\ntitle: {{ zh-CN: 检查, en: Check }}\npanels:\n{indented}";

        var result = BoardFileLoader.Parse("explore-check.yaml", board);

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => e.ToString())) + "\n" + board);
        return Assert.Single(result.Board!.Panels);
    }
}
