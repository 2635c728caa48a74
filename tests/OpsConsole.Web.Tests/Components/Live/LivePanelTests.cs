using OpsConsole.Testing;
using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Health;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Live;

public sealed class LivePanelTests : ConsoleTestContext
{
    private const string Expression = "sum(robot_online_count)";
    private static readonly LiveContext LastHour = new(TimeSpan.FromHours(1), null, TimeSpan.FromSeconds(10), false);

    private PanelFeed Feed => Services.GetRequiredService<PanelFeed>();

    [Fact]
    public void A_failed_refresh_keeps_the_last_value_and_reports_the_error_as_stale()
    {
        Source.SetInstant(Expression, 1200);
        var cut = RenderPanel(LastHour, instant: true);
        cut.WaitForAssertion(() => Assert.Equal("1200", cut.Find("[data-testid=value]").TextContent), Eventually.InProcessDeadline);
        Assert.Equal("False", cut.Find("[data-testid=state]").GetAttribute("data-stale"));

        Source.FailWith(FakeMetricsSource.UnreachableError());
        Time.Advance(TimeSpan.FromSeconds(10));

        cut.WaitForAssertion(() => Assert.Equal("True", cut.Find("[data-testid=state]").GetAttribute("data-stale")), Eventually.InProcessDeadline);
        Assert.Equal("1200", cut.Find("[data-testid=value]").TextContent);
        Assert.Equal("True", cut.Find("[data-testid=state]").GetAttribute("data-has-value"));
        Assert.Equal("Prometheus unreachable", cut.Find("[data-testid=state]").TextContent);

        Source.Recover();
        Source.SetInstant(Expression, 1300);
        Time.Advance(TimeSpan.FromSeconds(10));

        cut.WaitForAssertion(() => Assert.Equal("False", cut.Find("[data-testid=state]").GetAttribute("data-stale")), Eventually.InProcessDeadline);
        Assert.Equal("1300", cut.Find("[data-testid=value]").TextContent);
    }

    [Fact]
    public async Task The_health_probe_finding_prometheus_unreachable_marks_the_value_stale_before_the_next_refresh()
    {
        Source.SetInstant(Expression, 1200);
        var cut = RenderPanel(LastHour, instant: true);
        cut.WaitForAssertion(() => Assert.Equal("1200", cut.Find("[data-testid=value]").TextContent), Eventually.InProcessDeadline);

        // No refresh is due (the clock stands still): only the probe can know.
        Source.FailWith(FakeMetricsSource.UnreachableError());
        await Services.GetRequiredService<PrometheusHealthMonitor>().ProbeAsync(Xunit.TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Equal("True", cut.Find("[data-testid=state]").GetAttribute("data-stale")), Eventually.InProcessDeadline);
        Assert.Equal("1200", cut.Find("[data-testid=value]").TextContent);
        Assert.Equal("Prometheus unreachable", cut.Find("[data-testid=state]").TextContent);
    }

    [Fact]
    public void A_range_change_resubscribes_and_leaves_the_old_query()
    {
        var cut = RenderPanel(LastHour, instant: false);
        var panel = cut.FindComponent<LivePanel>();
        cut.WaitForAssertion(() => Assert.Equal(TimeSpan.FromHours(1), panel.Instance.SubscribedRequest?.Range), Eventually.InProcessDeadline);

        cut.Render(p => Parameters(p, LastHour with { Range = TimeSpan.FromHours(6) }, instant: false));

        cut.WaitForAssertion(() => Assert.Equal(TimeSpan.FromHours(6), panel.Instance.SubscribedRequest?.Range), Eventually.InProcessDeadline);
        Assert.Equal(1, Feed.ActiveKeyCount);
        Assert.Equal(1, Feed.SubscriberCount);
    }

    [Fact]
    public void A_new_context_with_the_same_range_keeps_the_subscription()
    {
        var cut = RenderPanel(LastHour, instant: false);
        var panel = cut.FindComponent<LivePanel>();
        cut.WaitForAssertion(() => Assert.NotNull(panel.Instance.SubscribedRequest), Eventually.InProcessDeadline);
        var subscribed = panel.Instance.SubscribedRequest;

        cut.Render(p => Parameters(p, LastHour with { Variables = new Dictionary<string, IReadOnlyList<string>>() }, instant: false));

        Assert.Same(subscribed, panel.Instance.SubscribedRequest);
    }

    [Fact]
    public async Task Disposing_the_panel_leaves_the_feed_and_stops_measuring()
    {
        RenderPanel(LastHour, instant: false);
        await Eventually.Until(() => Feed.SubscriberCount == 1, Eventually.InProcessDeadline, "the panel to subscribe");

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
        Assert.Equal(0, Feed.ActiveKeyCount);
        // By the panel's id, not its element: Blazor cannot find an element that is no longer in the document.
        var observed = Assert.Single(PanelModule.Invocations["observe"]).Arguments[0];
        Assert.Equal(observed, Assert.Single(PanelModule.Invocations["unobserve"]).Arguments[0]);
        Assert.IsType<string>(observed);
    }

    [Fact]
    public async Task A_range_panel_gets_frames_thinned_to_its_measured_width()
    {
        var points = Enumerable.Range(0, 5000).Select(i => new SamplePoint(Start.AddSeconds(-i), i % 7)).Reverse().ToArray();
        Source.SetRange(Expression, "cn-east", points);
        var cut = RenderPanel(LastHour, instant: false);
        var panel = cut.FindComponent<LivePanel>();

        // At most two points per pixel of the width LivePanel.razor.js measured.
        await Eventually.Until(
            () => panel.Instance.State.Series is [{ Points.Count: 2 * PanelWidth }], Eventually.InProcessDeadline,
            "a frame thinned to the measured width");
        Assert.Single(PanelModule.Invocations["observe"]);
    }

    [Fact]
    public void Outside_a_board_a_panel_uses_the_default_context()
    {
        var cut = Render<LivePanel>(p => p.Add(x => x.Expression, Expression));

        cut.WaitForAssertion(() => Assert.Equal(LiveContext.Default.Range, cut.Instance.SubscribedRequest?.Range), Eventually.InProcessDeadline);
    }

    private IRenderedComponent<CascadingValue<LiveContext>> RenderPanel(LiveContext context, bool instant) =>
        Render<CascadingValue<LiveContext>>(p => Parameters(p, context, instant));

    // The whole parameter set every time: a re-render with only the context would drop the panel.
    private static void Parameters(ComponentParameterCollectionBuilder<CascadingValue<LiveContext>> parameters, LiveContext context, bool instant) =>
        parameters
            .Add(c => c.Value, context)
            .AddChildContent<LivePanel>(panel => panel
                .Add(x => x.Expression, Expression)
                .Add(x => x.Instant, instant)
                .Add(x => x.ChildContent, state =>
                    $"<span data-testid=\"value\">{FrameReads.Scalar(state.Series)?.ToString(CultureInfo.InvariantCulture)}</span>"
                    + $"<span data-testid=\"state\" data-stale=\"{state.Stale}\" data-has-value=\"{state.HasValue}\">{state.Error}</span>"));
}
