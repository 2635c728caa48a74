using System.Text.Json;
using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

/// <summary>The boards in deploy/boards load cleanly, and the JSON Schema beside them agrees with the loader.</summary>
public sealed class ShippedBoardsTests
{
    private static readonly string[] ExpectedBoards = ["overview", "big-screen", "robot-health", "webhook", "flink", "kafka", "redis", "business"];

    [Fact]
    public async Task Every_shipped_board_loads_without_errors()
    {
        var results = await BoardFileLoader.LoadDirectoryAsync(RepositoryFolders.Boards, CancellationToken.None);

        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
        Assert.Equal(ExpectedBoards.Order(), results.Select(r => r.BoardId).Order());
    }

    [Fact]
    public async Task Every_shipped_panel_has_both_titles_and_every_expression_only_uses_defined_variables()
    {
        var results = await BoardFileLoader.LoadDirectoryAsync(RepositoryFolders.Boards, CancellationToken.None);

        foreach (var board in results.Select(r => r.Board!))
        {
            var selection = board.Variables.ToDictionary(v => v.Name, _ => (IReadOnlyList<string>)[BoardQuery.AllValue]);
            Assert.All(board.Panels, panel =>
            {
                Assert.False(string.IsNullOrWhiteSpace(panel.Title.ZhCn));
                Assert.False(string.IsNullOrWhiteSpace(panel.Title.En));
                Assert.All(panel.Targets, t => Assert.DoesNotContain("$", BoardQuery.Substitute(t.Expr, selection), StringComparison.Ordinal));
            });
        }
    }

    [Fact]
    public void The_schema_lists_the_same_panel_types_as_the_loader() =>
        Assert.Equal(BoardVocabulary.PanelTypes.Keys.Order(), SchemaEnum("panel", "type").Order());

    [Fact]
    public void The_schema_lists_the_same_units_and_option_words_as_the_loader()
    {
        Assert.Equal(BoardVocabulary.Units.Keys.Order(), SchemaEnum("options", "unit").Order());
        Assert.Equal(BoardVocabulary.LegendPlacements.Keys.Order(), SchemaEnum("options", "legend").Order());
        Assert.Equal(BoardVocabulary.SeriesStyles.Keys.Order(), SchemaEnum("options", "style").Order());
        Assert.Equal(BoardVocabulary.DistributionModes.Keys.Order(), SchemaEnum("options", "distribution").Order());
        Assert.Equal(BoardVocabulary.QueryModes.Keys.Order(), SchemaEnum("options", "query").Order());
    }

    [Fact]
    public void The_schema_lists_the_same_colour_names_as_the_loader()
    {
        using var schema = ReadSchema();
        var colors = schema.RootElement.GetProperty("$defs").GetProperty("options").GetProperty("properties")
            .GetProperty("thresholds").GetProperty("items").GetProperty("properties").GetProperty("color")
            .GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(BoardVocabulary.ColorNames.Order(), colors.Order());
    }

    [Fact]
    public void The_schema_requires_the_fields_the_loader_requires()
    {
        using var schema = ReadSchema();
        var panelRequired = schema.RootElement.GetProperty("$defs").GetProperty("panel").GetProperty("required")
            .EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(["grid", "id", "targets", "title", "type"], panelRequired.Order());
        var parts = new Dictionary<string, string>
        {
            ["id"] = "id: up",
            ["title"] = "title: { zh-CN: 在线, en: Up }",
            ["type"] = "type: stat",
            ["grid"] = "grid: { x: 0, y: 0, w: 6, h: 4 }",
            ["targets"] = "targets: [{ expr: sum(up) }]",
        };
        foreach (var field in panelRequired)
        {
            var panel = string.Join(", ", parts.Where(p => p.Key != field).Select(p => p.Value));
            var result = BoardYaml.Parse($"id: demo\ntitle: {{ zh-CN: 演示, en: Demo }}\npanels:\n  - {{ {panel} }}\n");

            var error = Assert.Single(result.Errors);
            Assert.Equal(($"panels[0].{field}", $"required field \"{field}\" is missing"), (error.Field, error.Reason));
        }
    }

    private static IEnumerable<string> SchemaEnum(string definition, string property)
    {
        using var schema = ReadSchema();
        var node = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property);
        return node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static JsonDocument ReadSchema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Boards, "board.schema.json")));
}
