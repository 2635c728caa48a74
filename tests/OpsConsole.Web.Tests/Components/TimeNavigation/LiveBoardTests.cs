using OpsConsole.Testing;
using Bunit;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.TimeNavigation;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.TimeNavigation;

/// <summary>Time navigation on a board of live panels: URL state, pickers, full-screen panel, hidden tab.</summary>
public sealed class LiveBoardTests : ConsoleTestContext
{
    private const string OnlineRate = "online-rate";
    private const string Battery = "battery";

    // Three instant panels and two range panels, as a board would have them.
    private static readonly (string Id, string Expression, bool Instant)[] Panels =
    [
        (OnlineRate, "sum(robot_online_count) / sum(robot_registered_count)", true),
        ("command-success", "1 - sum(rate(robot_command_failures_total[5m])) / sum(rate(robot_commands_total[5m]))", true),
        ("online-by-region", "sum by (region) (robot_online_count) / sum by (region) (robot_registered_count)", false),
        ("commands-by-region", "sum by (region) (rate(robot_commands_total[5m]))", false),
        (Battery, "sum by (band) (robot_battery_level_robots)", true),
    ];

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public LiveBoardTests()
    {
        _popovers = Render<MudPopoverProvider>();
        Source.SetInstant(Panels[0].Expression, 0.9731);
        Source.SetInstant(Panels[1].Expression, 0.9952);
        Source.SetRange(Panels[2].Expression, "cn-east", new SamplePoint(Start, 0.95));
        Source.SetRange(Panels[3].Expression, "cn-east", new SamplePoint(Start, 12));
        Source.SetInstant(Panels[4].Expression, 40, ("band", "20-40"));
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private PanelFeed Feed => Services.GetRequiredService<PanelFeed>();

    [Fact]
    public void Opening_a_url_restores_range_refresh_and_variables()
    {
        Navigation.NavigateTo("/boards/test?from=now-6h&to=now&refresh=30s&var-region=cn-east&var-region=cn-north");

        var board = RenderBoard();

        var rangePicker = board.Find("[data-testid=range-picker]");
        Assert.Equal("now-6h", rangePicker.GetAttribute("data-from"));
        Assert.Contains("Last 6 hours", rangePicker.TextContent, StringComparison.Ordinal);
        Assert.Equal("30s", board.Find("[data-testid=refresh-picker]").GetAttribute("data-value"));
        var rangePanel = RangePanel(board);
        board.WaitForAssertion(() => Assert.NotNull(rangePanel.Instance.SubscribedRequest), Eventually.InProcessDeadline);
        Assert.Equal(TimeSpan.FromHours(6), rangePanel.Instance.SubscribedRequest!.Range);
        Assert.Equal(TimeSpan.FromSeconds(30), rangePanel.Instance.SubscribedRequest.Refresh);
        var context = board.Instance;
        Assert.Equal(["cn-east", "cn-north"], context.State.Variables["region"]);
        Assert.Equal(["cn-east", "cn-north"], rangePanel.Instance.Context!.Variables["region"]);
    }

    [Fact]
    public void Choosing_a_range_updates_the_url_and_resubscribes_the_panels_without_a_reload()
    {
        Navigation.NavigateTo("/boards/test?var-region=cn-east");
        var board = RenderBoard();
        var rangePanel = RangePanel(board);
        board.WaitForAssertion(() => Assert.Equal(TimeSpan.FromHours(1), rangePanel.Instance.SubscribedRequest?.Range), Eventually.InProcessDeadline);

        board.Find("[data-testid=range-picker] button").Click();
        _popovers.WaitForElement("[data-testid=range-now-15m]", Eventually.InProcessDeadline).Click();

        board.WaitForAssertion(
            () => Assert.Equal("http://localhost/boards/test?var-region=cn-east&from=now-15m&to=now&refresh=10s", Navigation.Uri),
            Eventually.InProcessDeadline);
        board.WaitForAssertion(() => Assert.Equal(TimeSpan.FromMinutes(15), rangePanel.Instance.SubscribedRequest?.Range), Eventually.InProcessDeadline);
        Assert.Equal("now-15m", board.Find("[data-testid=range-picker]").GetAttribute("data-from"));
        // The old 1 h keys were left: two range panels and three instant ones.
        Assert.Equal(5, Feed.ActiveKeyCount);
    }

    [Fact]
    public void Refresh_off_is_kept_in_the_url_and_asks_the_feed_for_one_frame()
    {
        Navigation.NavigateTo("/boards/test");
        var board = RenderBoard();
        var rangePanel = RangePanel(board);
        board.WaitForAssertion(() => Assert.NotNull(rangePanel.Instance.SubscribedRequest), Eventually.InProcessDeadline);

        board.Find("[data-testid=refresh-picker] button").Click();
        _popovers.WaitForElement("[data-testid=refresh-off]", Eventually.InProcessDeadline).Click();

        board.WaitForAssertion(() => Assert.EndsWith("refresh=off", Navigation.Uri, StringComparison.Ordinal), Eventually.InProcessDeadline);
        board.WaitForAssertion(() => Assert.Equal(PanelRequest.RefreshOff, rangePanel.Instance.SubscribedRequest?.Refresh), Eventually.InProcessDeadline);
        Assert.Equal("off", board.Find("[data-testid=refresh-picker]").GetAttribute("data-value"));
    }

    [Fact]
    public void An_invalid_url_value_is_reported_and_the_default_is_used()
    {
        Navigation.NavigateTo("/boards/test?from=yesterday&refresh=10s");

        var board = RenderBoard();

        Assert.Contains("from: 'yesterday' is not a time", board.Find("[data-testid=url-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal("now-1h", board.Find("[data-testid=range-picker]").GetAttribute("data-from"));
    }

    [Fact]
    public async Task A_viewed_panel_is_shown_alone_and_escape_returns_to_the_board()
    {
        Navigation.NavigateTo("/boards/test?from=now-3h&to=now&viewPanel=" + Battery);
        var board = RenderBoard();

        var shown = board.FindAll("[data-panel-id]");
        Assert.Equal(Battery, Assert.Single(shown).GetAttribute("data-panel-id"));
        Assert.NotNull(board.Find("[data-testid=full-screen-panel]"));
        Assert.NotNull(board.Find("[data-testid=exit-view-panel]"));

        await board.InvokeAsync(board.Instance.OnEscape);

        Assert.Equal("http://localhost/boards/test?from=now-3h&to=now&refresh=10s", Navigation.Uri);
        board.WaitForAssertion(() => Assert.Equal(5, board.FindAll("[data-panel-id]").Count), Eventually.InProcessDeadline);
        var viewLink = board.Find($"[data-view-panel={OnlineRate}]");
        Assert.EndsWith("viewPanel=" + OnlineRate, viewLink.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_tab_drops_every_subscription_keeps_the_values_and_resumes_when_shown()
    {
        var board = RenderBoard();
        board.WaitForAssertion(() => Assert.Equal("0.9731", StatValue(board)), Eventually.InProcessDeadline);
        Assert.Equal(5, Feed.SubscriberCount);
        var liveBoard = board.Instance;
        Assert.Single(BoardModule.Invocations["watch"]);

        await board.InvokeAsync(() => liveBoard.OnVisibilityChanged(true));

        await Eventually.Until(() => Feed.SubscriberCount == 0, Eventually.InProcessDeadline, "every panel to leave the feed");
        Assert.Equal(0, Feed.ActiveKeyCount);
        Assert.Equal("0.9731", StatValue(board));
        Assert.Equal("true", board.Find("[data-testid=live-board]").GetAttribute("data-paused"));

        Source.SetInstant(Panels[0].Expression, 0.9);
        await board.InvokeAsync(() => liveBoard.OnVisibilityChanged(false));

        board.WaitForAssertion(() => Assert.Equal("0.9", StatValue(board)), Eventually.InProcessDeadline);
        Assert.Equal(5, Feed.SubscriberCount);
    }

    [Fact]
    public async Task Leaving_the_board_stops_watching_the_page()
    {
        RenderBoard();

        await DisposeComponentsAsync();

        Assert.Single(BoardModule.Invocations["unwatch"]);
        Assert.Equal(BoardModule.Invocations["watch"][0].Arguments[0], BoardModule.Invocations["unwatch"][0].Arguments[0]);
    }

    private static IRenderedComponent<LivePanel> RangePanel(IRenderedComponent<LiveBoard> board) =>
        board.FindComponents<LivePanel>().First(panel => !panel.Instance.Instant);

    private static string StatValue(IRenderedComponent<LiveBoard> board) =>
        board.Find($"[data-panel-id={OnlineRate}] [data-testid=stat-value]").TextContent.Trim();

    /// <summary>A board as a page would write it: a grid of panel slots, each a live panel.</summary>
    private IRenderedComponent<LiveBoard> RenderBoard() =>
        Render<LiveBoard>(p => p
            .Add(b => b.Title, "Test board")
            .AddChildContent<MudGrid>(grid => grid.AddChildContent(builder =>
            {
                foreach (var (id, expression, instant) in Panels)
                {
                    builder.OpenComponent<PanelSlot>(0);
                    builder.AddAttribute(1, nameof(PanelSlot.PanelId), id);
                    builder.AddAttribute(2, nameof(PanelSlot.ChildContent), (RenderFragment)(slot =>
                    {
                        slot.OpenComponent<LivePanel>(0);
                        slot.AddAttribute(1, nameof(LivePanel.Expression), expression);
                        slot.AddAttribute(2, nameof(LivePanel.Instant), instant);
                        slot.AddAttribute(3, nameof(LivePanel.ChildContent), (RenderFragment<LivePanelState>)(state => markup =>
                            markup.AddMarkupContent(0,
                                $"<div data-panel-id=\"{id}\"><span data-testid=\"stat-value\">"
                                + FrameReads.Scalar(state.Series)?.ToString(CultureInfo.InvariantCulture)
                                + "</span></div>")));
                        slot.CloseComponent();
                    }));
                    builder.CloseComponent();
                }
            })));
}
