using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Components.Panels;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Charts;

public sealed class TimeSeriesChartTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly BunitJSModuleInterop _module;

    public TimeSeriesChartTests()
    {
        // Strict everywhere: any chart call the test did not expect fails it.
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ChartsInterop.ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("setTheme", _ => true).SetVoidResult();
        Services.AddScoped<ChartsInterop>();
        Services.AddSingleton<TimeProvider>(new DisplayTimeProvider(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
    }

    [Fact]
    public void First_render_creates_the_chart_once_on_its_container_with_the_series_and_options()
    {
        var series = Series("cn-east", 0.99);

        var chart = Render<TimeSeriesChart>(p => p
            .Add(c => c.Series, series)
            .Add(c => c.Unit, ValueUnit.Percent)
            .Add(c => c.Decimals, 2));

        var create = Assert.Single(_module.Invocations["create"]);
        create.Arguments[1].ShouldBeElementReferenceTo(chart.Find("[data-testid=chart]"));
        var spec = Assert.IsType<ChartSpec>(create.Arguments[2]);
        Assert.Same(series, spec.Series);
        Assert.Equal("line", spec.Kind);
        Assert.Equal("percentunit", spec.Unit);
        Assert.Equal(2, spec.Decimals);
        Assert.Equal("dark", spec.Theme);
        Assert.Equal(CultureInfo.CurrentCulture.Name, spec.Locale);
        Assert.Equal("Asia/Shanghai", spec.Time?.Zone);
        Assert.Empty(_module.Invocations["update"]);
    }

    [Fact]
    public void A_page_with_its_own_zone_such_as_a_wall_screen_gives_the_chart_that_zone()
    {
        var utc = TimeZoneInfo.Utc;

        Render<CascadingValue<TimeZoneInfo>>(p => p
            .Add(c => c.Name, TimeSeriesChart.DisplayZone)
            .Add(c => c.Value, utc)
            .AddChildContent<TimeSeriesChart>(chart => chart.Add(c => c.Series, Series("cn-east", 0.99))));

        var spec = Assert.IsType<ChartSpec>(Assert.Single(_module.Invocations["create"]).Arguments[2]);
        Assert.Equal("UTC", spec.Time?.Zone);
    }

    [Fact]
    public void New_series_update_the_existing_chart_instead_of_creating_another()
    {
        var chart = Render<TimeSeriesChart>(p => p.Add(c => c.Series, Series("cn-east", 0.99)));
        var next = Series("cn-east", 0.97);

        chart.Render(p => p.Add(c => c.Series, next));

        _module.VerifyInvoke("create", calledTimes: 1);
        var update = Assert.Single(_module.Invocations["update"]);
        Assert.Equal(ChartId(), update.Arguments[0]);
        Assert.Same(next, update.Arguments[1]);
    }

    [Fact]
    public void A_render_with_the_same_series_sends_nothing()
    {
        var series = Series("cn-east", 0.99);
        var chart = Render<TimeSeriesChart>(p => p.Add(c => c.Series, series));

        chart.Render(p => p.Add(c => c.Series, series));

        _module.VerifyInvoke("create", calledTimes: 1);
        Assert.Empty(_module.Invocations["update"]);
    }

    [Fact]
    public void Switching_the_theme_restyles_the_chart_without_recreating_it()
    {
        var series = Series("cn-east", 0.99);
        var host = Render<CascadingValue<ThemeMode>>(p => p
            .Add(c => c.Value, ThemeMode.Dark)
            .AddChildContent<TimeSeriesChart>(chart => chart.Add(c => c.Series, series)));

        host.Render(p => p
            .Add(c => c.Value, ThemeMode.Light)
            .AddChildContent<TimeSeriesChart>(chart => chart.Add(c => c.Series, series)));

        _module.VerifyInvoke("create", calledTimes: 1);
        var setTheme = Assert.Single(_module.Invocations["setTheme"]);
        Assert.Equal("light", setTheme.Arguments[1]);
    }

    [Fact]
    public async Task Disposing_destroys_the_chart()
    {
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        Render<TimeSeriesChart>(p => p.Add(c => c.Series, Series("cn-east", 0.99)));

        await DisposeComponentsAsync();

        // By the chart's id, not its element: Blazor cannot find an element that is no longer in the document.
        var destroy = Assert.Single(_module.Invocations["destroy"]);
        Assert.Equal(ChartId(), destroy.Arguments[0]);
    }

    [Fact]
    public async Task Disposing_while_the_browser_is_still_drawing_destroys_the_chart_all_the_same()
    {
        // The browser never answers create: the panel goes away (a wall switching boards) while the chart is drawn.
        _module.SetupVoid("create", _ => true);
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        Render<TimeSeriesChart>(p => p.Add(c => c.Series, Series("cn-east", 0.99)));

        await DisposeComponentsAsync();

        // By the chart's id, not its element: Blazor cannot find an element that is no longer in the document.
        var destroy = Assert.Single(_module.Invocations["destroy"]);
        Assert.Equal(ChartId(), destroy.Arguments[0]);
    }

    [Fact]
    public async Task Disposing_after_the_browser_went_away_does_not_throw()
    {
        _module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("circuit closed"));
        Render<TimeSeriesChart>(p => p.Add(c => c.Series, Series("cn-east", 0.99)));

        var disposing = await Record.ExceptionAsync(DisposeComponentsAsync);

        Assert.Null(disposing);
        _module.VerifyInvoke("destroy", calledTimes: 1);
    }

    [Fact]
    public void Points_that_are_not_finite_become_gaps()
    {
        var point = ChartPoint.At(At, double.NaN);

        Assert.Null(point.Y);
        Assert.Equal(At.ToUnixTimeMilliseconds(), point.X);
    }

    /// <summary>The id the chart was created under, which every later call must name.</summary>
    private string ChartId() => Assert.IsType<string>(Assert.Single(_module.Invocations["create"]).Arguments[0]);

    private static IReadOnlyList<ChartSeries> Series(string name, double value) =>
        [new ChartSeries(name, [ChartPoint.At(At, value), ChartPoint.At(At.AddSeconds(30), value)])];
}
