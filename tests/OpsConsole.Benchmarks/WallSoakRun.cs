using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsConsole.Testing;
using OpsConsole.Testing.Browser;

namespace OpsConsole.Benchmarks;

/// <summary>
/// A wall screen left running: the real stack, the console and Debian's Chromium playing a playlist of five boards
/// for a set time. After each full rotation (back on the first board) it collects garbage in the page (DevTools) and
/// prints the JS heap, the DOM node count and the console's working set. Goal: heap and nodes flat, within 10 % of
/// the first rotation after warm-up.
/// </summary>
internal static partial class WallSoakRun
{
    private static readonly string[] Boards = ["big-screen", "overview", "kafka", "flink", "robot-health"];

    // The first rotations fill caches (charts, fonts, feed keys); growth is measured from here.
    private const int WarmUpRotations = 2;

    /// <param name="snapshot">Where to write a V8 heap snapshot of the page at the end (open it in DevTools' Memory tab to see
    /// what retains detached nodes); null for none.</param>
    public static async Task<int> RunAsync(TimeSpan duration, TimeSpan dwell, string? snapshot, CancellationToken cancellationToken)
    {
        using var playlists = new TemporaryDirectory("soak-playlists");
        var playlist = new StringBuilder("id: soak\ntitle: { zh-CN: 浸泡, en: Soak }\nentries:\n");
        foreach (var board in Boards)
        {
            playlist.Append(CultureInfo.InvariantCulture, $"  - board: {board}\n    dwell: {(int)dwell.TotalSeconds}s\n");
        }
        playlist.Append("screens:\n  - id: soak\n    kiosk: test-wall\n    language: zh-CN\n    time_zone: Asia/Shanghai\n");
        await File.WriteAllTextAsync(playlists.Combine("soak.yaml"), playlist.ToString(), cancellationToken);

        Console.Error.WriteLine("Starting Prometheus, Redis, redis_exporter, the simulator and the console on free ports…");
        await using var stack = await FleetStack.StartAsync(fastAlerts: false, cancellationToken);
        await using var console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            ["Prometheus:Url"] = stack.Prometheus.Url.ToString(),
            ["Alertmanager:Url"] = "http://127.0.0.1:1",
            ["Playlists:Directory"] = playlists.Path,
            ["Wall:HeartbeatInterval"] = "00:00:10",
        }, cancellationToken);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.OpenAsync(console.KioskUrl, new ViewportSize { Width = 1920, Height = 1080 });
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/wall/soak");
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Performance.enable");
        using var http = new HttpClient { BaseAddress = console.Url };

        Console.Error.WriteLine($"Rotating {Boards.Length} boards, {dwell.TotalSeconds:0} s each, for {duration.TotalMinutes:0} min…");
        // DOM nodes counts every node the page holds, detached ones a script still references included; attached
        // elements and the shown board's own elements tell a leak from a board that simply draws more (a new series).
        Console.WriteLine("| rotation | minutes | JS heap (MiB) | DOM nodes | attached elements | shown board's elements | console working set (MiB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var samples = new List<(double Heap, double Nodes, double Console)>();
        var started = DateTimeOffset.UtcNow;
        var rotation = 0;
        while (DateTimeOffset.UtcNow - started < duration)
        {
            // One whole rotation: away from the first board, then back to it.
            await WaitForBoardAsync(page, b => b != Boards[0], dwell * 3, cancellationToken);
            await WaitForBoardAsync(page, b => b == Boards[0], dwell * (Boards.Length + 2), cancellationToken);
            rotation++;
            await devTools.SendAsync("HeapProfiler.collectGarbage");
            var metrics = await devTools.SendAsync("Performance.getMetrics");
            var heap = Metric(metrics, "JSHeapUsedSize") / 1024 / 1024;
            var nodes = Metric(metrics, "Nodes");
            var attached = await page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
            var shown = await page.EvaluateAsync<int>("() => document.querySelector(\"[data-testid='wall-slide']\")?.getElementsByTagName('*').length ?? 0");
            var consoleMiB = await ConsoleWorkingSetAsync(http, cancellationToken) / 1024 / 1024;
            samples.Add((heap, nodes, consoleMiB));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rotation} | {(DateTimeOffset.UtcNow - started).TotalMinutes:0.0} | {heap:0.0} | {nodes:0} | {attached} | {shown} | {consoleMiB:0} |"));
        }

        if (snapshot is not null)
        {
            await WriteHeapSnapshotAsync(devTools, snapshot);
        }

        if (samples.Count <= WarmUpRotations + 1)
        {
            Console.WriteLine("Too few rotations to judge growth; run longer.");
            return 1;
        }
        var baseline = samples[WarmUpRotations];
        var last = samples.TakeLast(3).ToList();
        var heapGrowth = Median(last.Select(s => s.Heap)) / baseline.Heap - 1;
        var nodeGrowth = Median(last.Select(s => s.Nodes)) / baseline.Nodes - 1;
        var consoleGrowth = Median(last.Select(s => s.Console)) / baseline.Console - 1;
        var flat = heapGrowth <= 0.10 && nodeGrowth <= 0.10;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Growth from rotation {WarmUpRotations + 1} to the median of the last three: JS heap {heapGrowth:+0.0%;-0.0%}, DOM nodes {nodeGrowth:+0.0%;-0.0%}, console working set {consoleGrowth:+0.0%;-0.0%} (goal: heap and nodes within 10 %) - {(flat ? "PASS" : "FAIL")}"));
        return flat ? 0 : 1;
    }

    private static async Task WriteHeapSnapshotAsync(ICDPSession devTools, string path)
    {
        var json = new StringBuilder();
        void OnChunk(object? sender, JsonElement? chunk) => json.Append(chunk!.Value.GetProperty("chunk").GetString());
        devTools.Event("HeapProfiler.addHeapSnapshotChunk").OnEvent += OnChunk;
        await devTools.SendAsync("HeapProfiler.takeHeapSnapshot", new Dictionary<string, object> { ["reportProgress"] = false });
        devTools.Event("HeapProfiler.addHeapSnapshotChunk").OnEvent -= OnChunk;
        await File.WriteAllTextAsync(path, json.ToString());
        Console.Error.WriteLine($"Heap snapshot written to {path}");
    }

    private static async Task WaitForBoardAsync(IPage page, Func<string?, bool> wanted, TimeSpan within, CancellationToken cancellationToken) =>
        await Eventually.Until(async _ => wanted(await page.Locator("[data-testid='wall']").GetAttributeAsync("data-board-id")),
            within, "the wall to switch boards", cancellationToken);

    private static double Metric(JsonElement? metrics, string name) =>
        metrics!.Value.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("name").GetString() == name).GetProperty("value").GetDouble();

    private static async Task<double> ConsoleWorkingSetAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync("metrics", cancellationToken);
        return WorkingSet().Match(text) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static double Median(IEnumerable<double> values) => Percentiles.Of(values.ToList(), 0.5);

    [GeneratedRegex(@"^process_working_set_bytes ([0-9.e+]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex WorkingSet();
}
