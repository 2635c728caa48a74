using Bunit;
using OpsConsole.Core.Slo;
using OpsConsole.Testing;
using OpsConsole.Web.Components.Slo;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Slo;

public sealed class SloPagesTests : SloTestContext
{
    [Fact]
    public async Task The_list_is_sorted_by_budget_remaining_lowest_first()
    {
        WriteSlo("a.yaml", Definition("alpha"));
        WriteSlo("b.yaml", Definition("bravo"));
        WriteSlo("c.yaml", Definition("charlie"));
        await ReloadAsync();
        Record("alpha", requests: 100, errorRatio: 0.0001, budgetRemaining: 0.8);
        Record("bravo", requests: 100, errorRatio: 0.00075, budgetRemaining: -0.5);
        Record("charlie", requests: 100, errorRatio: 0.0004, budgetRemaining: 0.2);

        var page = Render<SloListPage>();

        page.WaitForAssertion(() => Assert.Equal(["bravo", "charlie", "alpha"], Rows(page)), Eventually.InProcessDeadline);
        var bravo = page.Find("[data-testid=slo-row][data-slo=bravo]");
        Assert.Equal("-50.0 %", bravo.QuerySelector("[data-testid=slo-budget]")!.TextContent.Trim());
        Assert.Equal("99.925 %", bravo.QuerySelector("[data-testid=slo-availability]")!.TextContent.Trim());
        Assert.Equal("99.95 %", bravo.QuerySelector("[data-testid=slo-objective]")!.TextContent.Trim());
        // Overspent: no downtime left, not a negative duration.
        Assert.Equal("0.0 s", bravo.QuerySelector("[data-testid=slo-budget-time]")!.TextContent.Trim());
        var charlie = page.Find("[data-testid=slo-row][data-slo=charlie]");
        Assert.Equal("4.3 min", charlie.QuerySelector("[data-testid=slo-budget-time]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_broken_file_is_a_row_of_its_own_with_file_line_and_field_and_the_others_still_render()
    {
        WriteSlo("a.yaml", Definition("alpha"));
        WriteSlo("broken.yaml", Definition("broken", objective: 150));
        WriteSlo("c.yaml", Definition("charlie"));
        await ReloadAsync();
        Record("alpha", requests: 100, errorRatio: 0.0001, budgetRemaining: 0.8);
        Record("charlie", requests: 100, errorRatio: 0.0004, budgetRemaining: 0.2);

        var page = Render<SloListPage>();

        page.WaitForAssertion(() => Assert.Equal(["charlie", "alpha"], Rows(page)), Eventually.InProcessDeadline);
        var broken = page.Find("[data-testid=slo-error-row]");
        Assert.Equal("broken.yaml", broken.GetAttribute("data-file"));
        var error = broken.QuerySelector("[data-testid=slo-error]")!;
        Assert.Equal("4", error.GetAttribute("data-line"));
        Assert.Equal("objective", error.GetAttribute("data-field"));
        Assert.StartsWith("broken.yaml:4:", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("objective 150 is not a percentage", error.TextContent, StringComparison.Ordinal);
        // Broken files lead: they hide an SLO nobody watches until fixed.
        Assert.Equal("slo-error-row", page.Find("tbody tr").GetAttribute("data-testid"));
    }

    [Fact]
    public async Task A_fixed_file_replaces_its_error_row_on_reload_without_a_restart()
    {
        WriteSlo("a.yaml", Definition("alpha", objective: 0));
        await ReloadAsync();
        var page = Render<SloListPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=slo-error-row]")), Eventually.InProcessDeadline);

        WriteSlo("a.yaml", Definition("alpha"));
        await ReloadAsync();
        Record("alpha", requests: 100, errorRatio: 0.0001, budgetRemaining: 0.8);

        page.WaitForAssertion(() => Assert.Equal(["alpha"], Rows(page)), Eventually.InProcessDeadline);
        Assert.Empty(page.FindAll("[data-testid=slo-error-row]"));
    }

    [Fact]
    public async Task Zero_traffic_shows_no_traffic_never_NaN_or_a_full_budget()
    {
        WriteSlo("a.yaml", Definition("alpha"));
        await ReloadAsync();
        // What the generated rules record at zero traffic: 0 requests, ratio clamped to 0, so the budget reads 1.
        Record("alpha", requests: 0, errorRatio: 0, budgetRemaining: 1);

        var page = Render<SloListPage>();

        page.WaitForAssertion(() => Assert.Equal("no-traffic", page.Find("[data-testid=slo-row]").GetAttribute("data-state")), Eventually.InProcessDeadline);
        var row = page.Find("[data-testid=slo-row]");
        Assert.Equal("no traffic", row.QuerySelector("[data-testid=slo-availability]")!.TextContent.Trim());
        Assert.Equal("no traffic", row.QuerySelector("[data-testid=slo-budget]")!.TextContent.Trim());
        Assert.Equal("no traffic", row.QuerySelector("[data-testid=slo-burn]")!.TextContent.Trim());
        Assert.DoesNotContain("NaN", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0 %", page.Markup, StringComparison.Ordinal);

        var detail = Render<SloDetailPage>(p => p.Add(d => d.SloId, "alpha"));
        detail.WaitForAssertion(() => Assert.Equal("no traffic", Tile(detail, "slo-tile-budget")), Eventually.InProcessDeadline);
        Assert.Equal("no traffic", Tile(detail, "slo-tile-exhausted"));
        Assert.DoesNotContain("NaN", detail.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_budget_in_percent_and_minutes_the_burn_per_window_the_exhaustion_and_the_live_alerts()
    {
        WriteSlo("a.yaml", Definition("alpha"));
        await ReloadAsync();
        // Half the budget left, burning at 2x over every short window: half a budget at 2x lasts a quarter of 30 days.
        Record("alpha", requests: 100, errorRatio: 0.00025, budgetRemaining: 0.5, burnRatio: 0.001);

        var page = Render<SloDetailPage>(p => p.Add(d => d.SloId, "alpha"));

        page.WaitForAssertion(() => Assert.Equal("50.0 %", Tile(page, "slo-tile-budget")), Eventually.InProcessDeadline);
        Assert.Equal("10.8 min", Tile(page, "slo-tile-budget-time"));
        Assert.Equal("99.975 %", Tile(page, "slo-tile-availability"));
        Assert.Equal(DisplayTime.DateTime(Start + TimeSpan.FromDays(7.5), Time), Tile(page, "slo-tile-exhausted"));
        var burnRows = page.FindAll("[data-testid=slo-burn-row]");
        Assert.Equal(BurnRateWindow.Standard.Count, burnRows.Count);
        Assert.All(burnRows, row => Assert.Contains("2.0×", row.TextContent, StringComparison.Ordinal));
        // 2x passes the 1x ticket window only.
        Assert.Equal(["false", "false", "false", "true"], burnRows.Select(r => r.GetAttribute("data-exceeded")));
        Assert.All(page.FindAll("[data-testid=slo-alert]"), a => Assert.Equal("inactive", a.GetAttribute("data-phase")));

        Fire("f1", new Dictionary<string, string>
        {
            ["alertname"] = "AlphaBudgetBurnTicket", ["slo"] = "alpha", ["severity"] = "warning", ["burn"] = "ticket",
        });

        page.WaitForAssertion(() => Assert.Equal("firing", page.Find("[data-testid=slo-alert][data-kind=ticket]").GetAttribute("data-phase")),
            Eventually.InProcessDeadline);
        Assert.Equal("inactive", page.Find("[data-testid=slo-alert][data-kind=page]").GetAttribute("data-phase"));
        Assert.Single(page.FindAll("[data-testid=slo-burn-down]"));
    }

    [Fact]
    public async Task Prometheus_down_keeps_the_last_numbers_under_a_stale_banner()
    {
        WriteSlo("a.yaml", Definition("alpha"));
        await ReloadAsync();
        Record("alpha", requests: 100, errorRatio: 0.0004, budgetRemaining: 0.2);
        var page = Render<SloListPage>();
        page.WaitForAssertion(() => Assert.Equal("20.0 %", page.Find("[data-testid=slo-budget]").TextContent.Trim()), Eventually.InProcessDeadline);

        Source.FailWith(FakeMetricsSource.UnreachableError());
        Time.Advance(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() => Assert.Equal("stale", page.Find("[data-testid=live-status]").GetAttribute("data-state")), Eventually.InProcessDeadline);
        Assert.Equal("20.0 %", page.Find("[data-testid=slo-budget]").TextContent.Trim());
    }

    [Fact]
    public void An_unknown_id_says_so()
    {
        var page = Render<SloDetailPage>(p => p.Add(d => d.SloId, "nope"));
        Assert.Contains("nope", page.Find("[data-testid=slo-unknown]").TextContent, StringComparison.Ordinal);
    }

    private static List<string?> Rows(IRenderedComponent<SloListPage> page) =>
        [.. page.FindAll("[data-testid=slo-row]").Select(r => r.GetAttribute("data-slo"))];

    private static string Tile(IRenderedComponent<SloDetailPage> page, string testId) =>
        page.Find($"[data-testid={testId}] [data-testid=slo-tile-value]").TextContent.Trim();
}
