using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Benchmarks;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Testing;

// A soak runs as long as asked (plus start-up); every other mode is bounded to 20 minutes.
var limit = args is ["wall-soak", var soakMinutes, ..] ? TimeSpan.FromMinutes(double.Parse(soakMinutes, CultureInfo.InvariantCulture) + 10) : TimeSpan.FromMinutes(20);
using var stopping = new CancellationTokenSource(limit);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
var cancellationToken = stopping.Token;

// Explore's completion answer time against a Prometheus holding many metric names (see README.md).
if (args is ["autocomplete", .. var rest])
{
    var names = rest is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 12_000;
    var requests = rest is [_, var r, ..] ? int.Parse(r, CultureInfo.InvariantCulture) : 500;
    return await AutocompleteRun.RunAsync(names, requests, cancellationToken);
}

// A wall screen rotating for a long time: browser heap, DOM nodes and console memory per rotation (see README.md).
if (args is ["wall-soak", .. var soak])
{
    var minutes = soak is [var m, ..] ? double.Parse(m, CultureInfo.InvariantCulture) : 30;
    var dwell = soak is [_, var d, ..] ? int.Parse(d, CultureInfo.InvariantCulture) : 10;
    var snapshot = soak is [_, _, var file, ..] ? file : null;
    return await WallSoakRun.RunAsync(TimeSpan.FromMinutes(minutes), TimeSpan.FromSeconds(dwell), snapshot, cancellationToken);
}

// The rules page with many rules (see README.md).
if (args is ["rules-page", .. var sizesAndLoads])
{
    var sizes = sizesAndLoads is [var s, ..] ? s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList() : [200, 2_000];
    var loads = sizesAndLoads is [_, var l, ..] ? int.Parse(l, CultureInfo.InvariantCulture) : 15;
    return await RulesPageRun.RunAsync(sizes, loads, cancellationToken);
}

// MTTA/MTTR and the history page over 200,000 history rows, on SQLite and PostgreSQL (see README.md).
if (args is ["history", .. var historyArgs])
{
    var rows = historyArgs is [var hr, ..] ? int.Parse(hr, CultureInfo.InvariantCulture) : 200_000;
    var runs = historyArgs is [_, var hn, ..] ? int.Parse(hn, CultureInfo.InvariantCulture) : 30;
    return await HistoryRun.RunAsync(rows, runs, cancellationToken);
}

// How many Prometheus queries N viewers of the Operations overview cost (see README.md).
var settings = BenchmarkSettings.Parse(args);

FleetStack? stack = null;
try
{
    var prometheus = settings.Prometheus;
    if (prometheus is null)
    {
        Console.Error.WriteLine("Starting Prometheus, Redis, redis_exporter and the simulator on free ports…");
        stack = await FleetStack.StartAsync(fastAlerts: false, cancellationToken);
        prometheus = stack.Prometheus.Url;
    }

    var services = new ServiceCollection()
        .AddLogging()
        .AddPrometheusClient(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Url"] = prometheus.ToString() })
            .Build());
    await using var provider = services.BuildServiceProvider();
    var source = provider.GetRequiredService<IMetricsSource>();
    using var http = new HttpClient();
    var counter = new PrometheusRequestCounter(http, prometheus);

    await Eventually.Until(
        async token => (await source.QueryAsync("up", null, token)).Value.Count > 0,
        TimeSpan.FromSeconds(60), "Prometheus's first scrapes", cancellationToken);

    var boardFile = settings.BoardFile ?? RepositoryPaths.Combine("deploy", "boards", "overview.yaml");
    var (panels, range, panelSource) = await OverviewPanels.LoadAsync(boardFile, cancellationToken);
    Console.Error.WriteLine($"Board: {panelSource}, {panels.Count} panel queries, range {range}, refresh {settings.Refresh.TotalSeconds:0} s, {settings.Ticks} ticks per run.");

    var run = new ViewerRun(source, counter, settings);
    var results = new List<RunResult>();
    foreach (var viewers in new[] { 0 }.Concat(settings.Viewers))
    {
        Console.Error.WriteLine($"N = {viewers}…");
        results.Add(await run.RunAsync(viewers, panels, range, cancellationToken));
    }

    Console.WriteLine(MarkdownTable.Render(results, panels.Count, settings));
    var one = results.FirstOrDefault(r => r.Viewers == 1);
    var most = results.LastOrDefault(r => r.Viewers > 1);
    if (one is not null && most is not null)
    {
        var ratio = most.RequestsPerTick / one.RequestsPerTick;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Requests per tick at N = {most.Viewers} / at N = 1: {ratio:0.00} (acceptance: at most 1.05) - {(ratio <= 1.05 ? "PASS" : "FAIL")}"));
        return ratio <= 1.05 ? 0 : 1;
    }

    return 0;
}
finally
{
    if (stack is not null)
    {
        await stack.DisposeAsync();
    }
}
