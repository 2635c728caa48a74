using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Boards;

namespace OpsConsole.Web.Tests.Components.Boards;

public sealed class VariableSelectionTests
{
    private static readonly VariableDefinition Region = new()
    {
        Name = "region",
        Label = new LocalizedText("区域", "Region"),
        Source = new LabelValuesSource("robot_online_count", "region"),
        Multi = true,
        IncludeAll = true,
    };

    private static readonly Dictionary<string, IReadOnlyList<string>> None = new(StringComparer.Ordinal);

    [Fact]
    public void Picking_all_clears_the_other_values() =>
        Assert.Equal([BoardQuery.AllValue], VariableSelection.Normalize(Region, ["cn-east"], ["cn-east", BoardQuery.AllValue]));

    [Fact]
    public void Picking_a_value_while_all_is_selected_drops_all() =>
        Assert.Equal(["cn-east"], VariableSelection.Normalize(Region, [BoardQuery.AllValue], [BoardQuery.AllValue, "cn-east"]));

    [Fact]
    public void Clearing_everything_means_all_again() =>
        Assert.Equal([BoardQuery.AllValue], VariableSelection.Normalize(Region, ["cn-east"], []));

    [Fact]
    public void The_url_wins_over_the_default()
    {
        var board = Board(Region with { Default = ["cn-west"] });

        var selection = VariableSelection.Resolve(board, new Dictionary<string, IReadOnlyList<string>> { ["region"] = ["cn-east"] }, None);

        Assert.Equal(["cn-east"], selection["region"]);
        Assert.Equal(["cn-west"], VariableSelection.Resolve(board, None, None)["region"]);
    }

    [Fact]
    public void Without_default_or_all_the_first_choice_is_taken()
    {
        var board = Board(Region with { IncludeAll = false, Multi = false });

        Assert.Empty(VariableSelection.Resolve(board, None, None)["region"]);
        Assert.Equal(["cn-east"], VariableSelection.Resolve(board, None, new Dictionary<string, IReadOnlyList<string>> { ["region"] = ["cn-east", "cn-west"] })["region"]);
    }

    private static BoardDefinition Board(VariableDefinition variable) => new()
    {
        Id = "b",
        Title = new LocalizedText("看板", "Board"),
        Time = new BoardTimeRange(new RelativeTime(TimeSpan.FromHours(1)), RelativeTime.Now),
        Variables = [variable],
        Panels = [],
        SourceFile = "b.yaml",
    };
}
