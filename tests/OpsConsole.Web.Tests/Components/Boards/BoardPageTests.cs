using OpsConsole.Testing;
using Bunit;
using OpsConsole.Web.Components.Boards;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Boards;

public sealed class BoardPageTests : BoardTestContext
{
    private const string OnlineAll = """sum(robot_online_count{region=~".*"})""";
    private const string OnlineEast = """sum(robot_online_count{region=~"cn-east"})""";

    private const string Fleet = """
        id: fleet
        order: 1
        title: { zh-CN: 机队, en: Fleet }
        refresh: 10s
        time: { from: now-6h, to: now }
        variables:
          - name: region
            label: { zh-CN: 区域, en: Region }
            labelValues: { metric: robot_online_count, label: region }
            multi: true
            includeAll: true
            default: $__all
        panels:
          - id: online
            title: { zh-CN: 在线, en: Online }
            type: stat
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: sum(robot_online_count{region=~"$region"})
            options: { unit: count }
          - id: targets
            title: { zh-CN: 目标, en: Targets }
            type: stategrid
            grid: { x: 6, y: 0, w: 18, h: 4 }
            targets:
              - expr: up
                legend: "{{instance}}"
        """;

    private const string Second = """
        id: second
        order: 2
        title: { zh-CN: 第二, en: Second }
        panels:
          - id: up
            title: { zh-CN: 在线, en: Up }
            type: stat
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: sum(up)
        """;

    public BoardPageTests()
    {
        WriteBoard("fleet.yaml", Fleet);
        Source.SetInstant(OnlineAll, 1200);
        Source.SetInstant(OnlineEast, 300);
        Source.SetInstant("up", 1, ("instance", "kafka-0"));
        Source.SetInstant("up", 0, ("instance", "redis-0"));
        Source.SetInstant("sum(up)", 7);
    }

    [Fact]
    public async Task Every_panel_sits_on_the_24_column_grid_where_the_file_puts_it_and_draws()
    {
        await ReloadAsync();

        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        page.WaitForAssertion(() => Assert.Equal("1,200", StatValue(page, "online")), Eventually.InProcessDeadline);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=stategrid-cell]").Count), Eventually.InProcessDeadline);
        Assert.Equal(["0,0,6,4", "6,0,18,4"], page.FindAll("[data-grid]").Select(c => c.GetAttribute("data-grid")));
        Assert.Contains("--x: 6; --y: 0; --w: 18; --h: 4", page.FindAll("[data-grid]")[1].GetAttribute("style"), StringComparison.Ordinal);
        Assert.All(page.FindAll("[data-panel-id]"), panel => Assert.Equal("true", panel.GetAttribute("data-drew")));
        Assert.Contains("Fleet", page.Find("[data-testid=live-board]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_title_follows_the_ui_culture()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        await ReloadAsync();

        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        Assert.Contains("机队", page.Find("[data-testid=live-board] h5").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_chosen_in_the_url_is_substituted_into_the_queries()
    {
        await ReloadAsync();
        Navigation.NavigateTo("boards/fleet?var-region=cn-east");

        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        page.WaitForAssertion(() => Assert.Equal("300", StatValue(page, "online")), Eventually.InProcessDeadline);
    }

    [Fact]
    public async Task Variable_choices_are_asked_for_the_boards_time_range()
    {
        await ReloadAsync();

        Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        await Eventually.Until(() => Choices.Calls.Count > 0, Eventually.InProcessDeadline, "the variable's choices to be asked for");
        var call = Assert.Single(Choices.Calls);
        Assert.Equal("region", call.Variable);
        Assert.Equal(TimeSpan.FromHours(6), call.End - call.Start);
        Assert.Equal(Time.GetUtcNow(), call.End);
    }

    [Fact]
    public async Task A_broken_board_shows_its_errors_while_the_other_boards_work()
    {
        WriteBoard("broken.yaml", "id: broken\ntitle: { zh-CN: 坏, en: Broken }\npanels:\n  - id: p\n    type: sparkline\n");
        await ReloadAsync();

        var broken = Render<BoardPage>(p => p.Add(b => b.BoardId, "broken"));
        var fleet = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        var errors = broken.FindAll("[data-testid=board-error]").Select(e => e.TextContent.Trim()).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("broken.yaml:", e, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("panels[0].type", StringComparison.Ordinal));
        Assert.Empty(broken.FindAll("[data-panel-id]"));
        fleet.WaitForAssertion(() => Assert.Equal("1,200", StatValue(fleet, "online")), Eventually.InProcessDeadline);
    }

    [Fact]
    public async Task Editing_the_file_updates_the_open_board_without_a_reload()
    {
        await ReloadAsync();
        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));
        page.WaitForAssertion(() => Assert.Equal("1,200", StatValue(page, "online")), Eventually.InProcessDeadline);

        WriteBoard("fleet.yaml", Fleet.Replace("sum(robot_online_count{region=~\"$region\"})", "sum(up)", StringComparison.Ordinal)
            .Replace("en: Online", "en: Targets up", StringComparison.Ordinal));
        await ReloadAsync();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("7", StatValue(page, "online"));
            Assert.Contains("Targets up", page.Find("[data-panel-id=online]").TextContent, StringComparison.Ordinal);
        }, Eventually.InProcessDeadline);
    }

    [Fact]
    public async Task The_root_shows_the_first_board_in_navigation_order()
    {
        WriteBoard("a-second.yaml", Second);
        await ReloadAsync();

        var page = Render<BoardPage>();

        Assert.Equal("fleet", page.Find("[data-testid=board-grid]").GetAttribute("data-board-id"));
    }

    [Fact]
    public async Task Navigation_lists_every_board_in_order_and_marks_a_broken_file_live()
    {
        WriteBoard("a-second.yaml", Second);
        await ReloadAsync();
        var nav = Render<BoardNavLinks>();
        Assert.Equal(["fleet", "second"], nav.FindAll("[data-board-id]").Select(l => l.GetAttribute("data-board-id")));

        WriteBoard("zz.yaml", "id: zz\ntitle: [\n");
        await ReloadAsync();

        nav.WaitForAssertion(() =>
        {
            var links = nav.FindAll("[data-board-id]");
            Assert.Equal(["fleet", "second", "zz"], links.Select(l => l.GetAttribute("data-board-id")));
            Assert.Equal("true", links[2].GetAttribute("data-broken"));
            Assert.Contains("Fleet", links[0].TextContent, StringComparison.Ordinal);
        }, Eventually.InProcessDeadline);
    }

    [Fact]
    public async Task The_url_can_show_one_panel_alone_and_large()
    {
        await ReloadAsync();
        Navigation.NavigateTo("boards/fleet?viewPanel=targets");

        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "fleet"));

        var alone = page.Find("[data-testid=full-screen-panel]");
        Assert.Equal(["targets"], alone.QuerySelectorAll("[data-panel-id]").Select(p => p.GetAttribute("data-panel-id")));
        Assert.Empty(page.FindAll("[data-testid=board-grid]"));
    }

    [Fact]
    public async Task An_unknown_board_says_so()
    {
        await ReloadAsync();

        var page = Render<BoardPage>(p => p.Add(b => b.BoardId, "nope"));

        Assert.Contains("nope", page.Find("[data-testid=board-not-found]").TextContent, StringComparison.Ordinal);
    }

    private static string StatValue(IRenderedComponent<BoardPage> page, string panelId) =>
        page.Find($"[data-panel-id={panelId}] [data-testid=stat-value]").TextContent.Trim();
}
