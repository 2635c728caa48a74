using OpsConsole.Core.Slo;
using OpsConsole.Core.Tests.Boards;

namespace OpsConsole.Core.Tests.Slo;

public sealed class SloFileLoaderTests
{
    private const string Valid = """
        id: robot-command-success
        name: {zh-CN: 机器人指令成功率, en: Robot command success}
        service: robot-data-service
        objective: 99.5
        window: 28d
        indicator:
          errors: robot_command_failures_total{command_type!="firmware_update"}
          total: robot_commands_total{command_type!="firmware_update"}
        group_by: [region]
        minimum_traffic: 0.5
        """;

    [Fact]
    public void A_valid_file_gives_the_objective_as_a_fraction_and_the_budget_as_time()
    {
        var result = SloFileLoader.Parse("commands.yaml", Valid);

        Assert.Empty(result.Errors);
        var slo = Assert.IsType<SloDefinition>(result.Slo);
        Assert.Equal(0.995, slo.Objective, 10);
        Assert.Equal(TimeSpan.FromDays(28), slo.Window);
        Assert.Equal(SloIndicatorKind.Errors, slo.Indicator.Kind);
        Assert.Equal(["region"], slo.GroupBy);
        Assert.Equal(TimeSpan.FromDays(28) * 0.005, slo.BudgetTime);
        Assert.Equal("RobotCommandSuccess", slo.AlertPrefix);
    }

    [Fact]
    public void The_seeds_99_95_percent_over_30_days_is_21_6_minutes_of_budget()
    {
        var slo = SloFileLoader.Parse("w.yaml", Valid.Replace("objective: 99.5", "objective: 99.95").Replace("window: 28d", "window: 30d")).Slo!;

        Assert.Equal(21.6, slo.BudgetTime.TotalMinutes, 6);
    }

    [Fact]
    public void Every_error_names_file_line_column_field_and_a_hint()
    {
        var text = """
            id: Robot_Commands
            name: {zh-CN: 指令, en: Commands}
            service: robot-data-service
            objective: 0.995
            window: 30x
            indicator:
              errors: sum(rate(robot_command_failures_total[5m]))
              good: robot_commands_total
              total: robot_commands_total
            minimum_trafic: 1
            """;

        var result = SloFileLoader.Parse("broken.yaml", text);

        Assert.Null(result.Slo);
        Assert.Equal("broken", result.SloId);
        var lines = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("broken.yaml:1:5 id: \"Robot_Commands\" is not a valid SLO id", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.yaml:4:12 objective:", StringComparison.Ordinal) && l.Contains("99.5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.yaml:5:9 window: \"30x\" is not a duration", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.yaml:8:3 indicator.good: give either errors or good", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken.yaml:10:1 minimum_trafic: unknown field", StringComparison.Ordinal) && l.Contains("did you mean \"minimum_traffic\"?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expression_where_a_counter_selector_belongs_is_refused_with_what_to_write()
    {
        var result = SloFileLoader.Parse("x.yaml", Valid.Replace("errors: robot_command_failures_total{command_type!=\"firmware_update\"}", "errors: rate(robot_command_failures_total[5m])"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("indicator.errors", error.Field);
        Assert.Equal(7, error.Line);
        Assert.Contains("generator adds rate", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_where_it_breaks()
    {
        var result = SloFileLoader.Parse("y.yaml", "id: a\nname: {zh-CN: x, en: y\nservice: s\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public async Task The_shipped_slo_files_are_valid_and_cover_the_four_promises()
    {
        var results = await SloFileLoader.LoadDirectoryAsync(Path.Combine(RepositoryFolders.Root, "deploy", "slo"), CancellationToken.None);

        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.Equal(
            ["robot-command-success", "robot-metadata-sync-latency", "robot-registration-success", "webhook-availability"],
            results.Select(r => r.SloId).Order(StringComparer.Ordinal));
        Assert.Equal(0.9995, results.Single(r => r.SloId == "webhook-availability").Slo!.Objective, 10);
    }

    [Fact]
    public async Task A_second_file_with_the_same_id_is_an_error_and_the_first_keeps_it()
    {
        using var folder = new TempBoardFolder();
        folder.Write("a.yaml", Valid);
        folder.Write("b.yaml", Valid);

        var results = await SloFileLoader.LoadDirectoryAsync(folder.Path, CancellationToken.None);

        Assert.NotNull(results[0].Slo);
        Assert.Null(results[1].Slo);
        Assert.Contains("already used by a.yaml", Assert.Single(results[1].Errors).Reason, StringComparison.Ordinal);
    }
}
