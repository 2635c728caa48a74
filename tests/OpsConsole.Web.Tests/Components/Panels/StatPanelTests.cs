using Bunit;
using OpsConsole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using OpsConsole.Web.Components.Panels;

namespace OpsConsole.Web.Tests.Components.Panels;

public sealed class StatPanelTests : AsyncDisposingContext
{
    private static readonly IReadOnlyList<StatThreshold> SuccessRate = StatThreshold.HigherIsBetter(warningBelow: 0.99, criticalBelow: 0.95);

    public StatPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void A_ratio_is_shown_as_a_percentage_with_two_decimals()
    {
        var panel = RenderStat(0.9731);

        Assert.Equal("97.31 %", panel.Find("[data-testid=stat-value]").TextContent.Trim());
    }

    [Fact]
    public void The_panel_root_carries_its_panel_id()
    {
        var panel = RenderStat(0.9731);

        Assert.NotNull(panel.Find("[data-panel-id=fleet-online-rate]"));
    }

    [Fact]
    public void No_value_yet_shows_a_dash_not_zero()
    {
        var panel = RenderStat(null);

        Assert.Equal(ValueFormat.Missing, panel.Find("[data-testid=stat-value]").TextContent.Trim());
    }

    [Theory]
    [InlineData(0.995, "success")]
    [InlineData(0.97, "warning")]
    [InlineData(0.90, "error")]
    public void The_value_takes_the_colour_of_its_threshold(double value, string colour)
    {
        var panel = RenderStat(value);

        var shown = panel.Find("[data-testid=stat-value]");
        Assert.Equal(colour, shown.GetAttribute("data-color"));
        Assert.Contains($"mud-{colour}-text", shown.ClassList);
    }

    [Fact]
    public void A_failed_refresh_keeps_the_value_and_shows_a_stale_badge()
    {
        var panel = RenderStat(0.9731, error: "Prometheus unreachable");

        Assert.Equal("97.31 %", panel.Find("[data-testid=stat-value]").TextContent.Trim());
        Assert.Contains("stale", panel.Find("[data-testid=stale-badge]").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", panel.Find("[data-panel-id]").GetAttribute("data-stale"));
    }

    [Fact]
    public void A_healthy_panel_has_no_badge()
    {
        var panel = RenderStat(0.9731);

        Assert.Empty(panel.FindAll("[data-testid=stale-badge]"));
    }

    [Fact]
    public void A_failure_before_any_value_says_error_rather_than_stale()
    {
        var panel = RenderStat(null, error: "bad_data: parse error");

        Assert.Contains("error", panel.Find("[data-testid=stale-badge]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, ValueUnit.Percent, 1, "50.0 %")]
    [InlineData(1234.4, ValueUnit.Count, 0, "1,234")]
    [InlineData(double.NaN, ValueUnit.Percent, 2, ValueFormat.Missing)]
    [InlineData(0.1234, ValueUnit.None, 2, "0.12")]
    public void Values_are_formatted_with_their_unit(double value, ValueUnit unit, int decimals, string expected) =>
        Assert.Equal(expected, ValueFormat.Format(value, unit, decimals));

    private IRenderedComponent<StatPanel> RenderStat(double? value, string? error = null) =>
        Render<StatPanel>(p => p
            .Add(s => s.PanelId, "fleet-online-rate")
            .Add(s => s.Title, "Fleet online rate")
            .Add(s => s.Value, value)
            .Add(s => s.Unit, ValueUnit.Percent)
            .Add(s => s.Decimals, 2)
            .Add(s => s.Thresholds, SuccessRate)
            .Add(s => s.Error, error));
}
