using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Capacity;
using OpsConsole.Web.Capacity;
using OpsConsole.Web.Components.Capacity;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Capacity;

/// <summary>The capacity page over a real catalog (a temporary folder) and the real live source on the fake metrics port.</summary>
public sealed class CapacityPageTests : ConsoleTestContext
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsconsole-capacity-web-" + Guid.NewGuid().ToString("N"));
    private readonly CapacityForecastOptions _forecast = new();

    public CapacityPageTests()
    {
        Directory.CreateDirectory(_folder);
        Catalog = new CapacityCatalog(new CapacityCatalogOptions { Directory = _folder }, Time, NullLogger<CapacityCatalog>.Instance);
        // Registered by factory so the container disposes them with the context: the catalog, then the folder.
        Services.AddSingleton(_ => new FolderCleanup(_folder));
        Services.AddSingleton(sp => { sp.GetRequiredService<FolderCleanup>(); return Catalog; });
        Services.AddSingleton(Options.Create(new CapacityOptions { Refresh = Refresh, Forecast = _forecast }));
        Services.AddSingleton<CapacitySource>();
    }

    private CapacityCatalog Catalog { get; }

    [Fact]
    public async Task A_trigger_whose_expression_returns_nothing_says_no_data()
    {
        await WriteAsync("a.yaml", Trigger("cpu", "flink_taskmanager_cpu"));

        var cut = Render<CapacityPage>();

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid='capacity-row'][data-trigger='cpu']");
            Assert.Equal("false", row.GetAttribute("data-has-value"));
            Assert.Equal("No data", row.QuerySelector("[data-testid='capacity-value']")!.TextContent.Trim());
            Assert.Equal("> 70.0 % for 5 min", row.QuerySelector("[data-testid='capacity-trigger']")!.TextContent.Trim());
            Assert.Equal("flink_taskmanager_cpu > 0.7", row.QuerySelector("[data-testid='capacity-trigger']")!.GetAttribute("title"));
            Assert.Equal("HPA", row.QuerySelector("[data-testid='capacity-action'] .mud-chip")!.TextContent.Trim());
            Assert.Equal("—", row.QuerySelector("[data-testid='capacity-breach-text']")!.TextContent.Trim());
        }, Wait);
    }

    [Fact]
    public async Task Fits_that_disagree_show_the_range_with_a_trend_not_linear_warning()
    {
        var trigger = await WriteAsync("a.yaml", Trigger("cpu", "flink_taskmanager_cpu"));
        var queries = CapacityQueries.For(trigger, _forecast);
        Source.SetInstant(queries.Value, 0.5, ("__name__", "flink_taskmanager_cpu"), ("tm_id", "tm-1"));
        // 0.2 to go: 200 s at the short fit's slope, 2,000 s at the long one's, ten times apart.
        Source.SetInstant(queries.Short.Intercept, 0.5, ("tm_id", "tm-1"));
        Source.SetInstant(queries.Short.Slope, 0.001, ("tm_id", "tm-1"));
        Source.SetInstant(queries.Long.Intercept, 0.5, ("tm_id", "tm-1"));
        Source.SetInstant(queries.Long.Slope, 0.0001, ("tm_id", "tm-1"));

        var cut = Render<CapacityPage>();

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid='capacity-row'][data-trigger='cpu']");
            Assert.Equal("range", row.GetAttribute("data-breach"));
            Assert.Equal("true", row.GetAttribute("data-not-linear"));
            Assert.Equal("50.0 %", row.QuerySelector("[data-testid='capacity-value-text']")!.TextContent.Trim());
            Assert.Equal("in 3.3 min to 33.3 min", row.QuerySelector("[data-testid='capacity-breach-text']")!.TextContent.Trim());
            Assert.Equal("Trend not linear", row.QuerySelector("[data-testid='capacity-not-linear']")!.TextContent.Trim());
            Assert.Equal("Below threshold", row.QuerySelector("[data-testid='capacity-above']")!.TextContent.Trim());
            Assert.Equal("tm_id=tm-1", row.QuerySelector("[data-testid='capacity-series']")!.TextContent.Trim());
        }, Wait);
    }

    [Fact]
    public async Task A_breached_trigger_says_so_with_how_long_its_rule_has_been_active()
    {
        var trigger = await WriteAsync("a.yaml", Trigger("cpu", "flink_taskmanager_cpu"));
        var queries = CapacityQueries.For(trigger, _forecast);
        var at = Time.GetUtcNow();
        Source.SetInstantAt(queries.Value, at, 0.82, ("__name__", "flink_taskmanager_cpu"), ("tm_id", "tm-1"));
        Source.SetInstantAt(queries.Value, at, 0.4, ("__name__", "flink_taskmanager_cpu"), ("tm_id", "tm-2"));
        Source.SetInstantAt(queries.ActiveSince, at, (at - TimeSpan.FromMinutes(4)).ToUnixTimeSeconds(),
            ("__name__", "ALERTS_FOR_STATE"), ("alertname", trigger.Alert), ("trigger", "cpu"), ("severity", "info"),
            ("service", "flink"), ("category", "capacity"), ("hpa", "autoscaling/v2 CPU"), ("tm_id", "tm-1"));

        var cut = Render<CapacityPage>();

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid='capacity-row'][data-trigger='cpu']");
            Assert.Equal("breached", row.GetAttribute("data-breach"));
            Assert.Equal("82.0 %", row.QuerySelector("[data-testid='capacity-value-text']")!.TextContent.Trim());
            Assert.Equal("Breached", row.QuerySelector("[data-testid='capacity-breach-text']")!.TextContent.Trim());
            Assert.Equal("4.0 min (alerts after 5 min)", row.QuerySelector("[data-testid='capacity-above']")!.TextContent.Trim());
            Assert.Equal("tm_id=tm-1 · closest of 2 series", row.QuerySelector("[data-testid='capacity-series']")!.TextContent.Trim());
            Assert.Empty(row.QuerySelectorAll("[data-testid='capacity-not-linear']"));
        }, Wait);
    }

    [Fact]
    public async Task A_broken_file_shows_file_line_and_field_while_the_other_files_rows_stay_and_a_fix_brings_its_rows()
    {
        await WriteAsync("a.yaml", Trigger("cpu", "flink_taskmanager_cpu"));
        var broken = Trigger("disk", "kafka_disk_used").Replace("threshold: 0.7", "threshold: high", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), broken);
        await Catalog.ReloadAsync(CancellationToken.None);

        var cut = Render<CapacityPage>();

        var errors = cut.Find("[data-testid='capacity-file-errors'][data-file='b.yaml']");
        var error = errors.QuerySelector("[data-testid='capacity-file-error']")!;
        Assert.Equal("triggers[0].threshold", error.GetAttribute("data-field"));
        Assert.StartsWith("b.yaml:", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("triggers[0].threshold", error.TextContent, StringComparison.Ordinal);
        Assert.Equal(["cpu"], cut.FindAll("[data-testid='capacity-row']").Select(r => r.GetAttribute("data-trigger")));

        File.WriteAllText(Path.Combine(_folder, "b.yaml"), Trigger("disk", "kafka_disk_used"));
        await Catalog.ReloadAsync(CancellationToken.None);

        cut.WaitForAssertion(() =>
        {
            Assert.Empty(cut.FindAll("[data-testid='capacity-file-errors']"));
            Assert.Equal(["cpu", "disk"], cut.FindAll("[data-testid='capacity-row']").Select(r => r.GetAttribute("data-trigger")));
        }, Wait);
    }

    [Fact]
    public async Task When_Prometheus_fails_the_last_values_stay_marked_stale()
    {
        var trigger = await WriteAsync("a.yaml", Trigger("cpu", "flink_taskmanager_cpu"));
        Source.SetInstant(CapacityQueries.For(trigger, _forecast).Value, 0.5, ("tm_id", "tm-1"));
        var cut = Render<CapacityPage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='capacity-row']").GetAttribute("data-has-value")), Wait);

        Source.FailWith(FakeMetricsSource.UnreachableError());
        Time.Advance(Refresh);

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid='capacity-row']");
            Assert.Equal("true", row.GetAttribute("data-stale"));
            Assert.Equal("50.0 %", row.QuerySelector("[data-testid='capacity-value-text']")!.TextContent.Trim());
            Assert.Equal("stale", cut.Find("[data-testid='live-status']").GetAttribute("data-state"));
        }, Wait);
    }

    [Fact]
    public void No_capacity_files_say_where_triggers_are_defined()
    {
        var cut = Render<CapacityPage>();

        Assert.Contains("deploy/capacity", cut.Find("[data-testid='capacity-none']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='live-status']"));
    }

    private async Task<CapacityTrigger> WriteAsync(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(_folder, file), yaml);
        var snapshot = await Catalog.ReloadAsync(CancellationToken.None);
        Assert.Empty(snapshot.BrokenFiles);
        return snapshot.Triggers.Last();
    }

    private static string Trigger(string id, string expr) =>
        $"""
        triggers:
          - id: {id}
            alert: Capacity{id}
            name:
              zh-CN: {id}
              en: {id}
            service: flink
            severity: info
            expr: {expr}
            unit: percentunit
            threshold: 0.7
            sustain: 5m
            action:
              kind: hpa
              target: autoscaling/v2 CPU
            summary: 'high'
            description: 'above the threshold'

        """.ReplaceLineEndings("\n");

    private sealed class FolderCleanup(string folder) : IDisposable
    {
        public void Dispose() => Directory.Delete(folder, recursive: true);
    }
}
