using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Testing;
using OpsConsole.Testing.Browser;

namespace OpsConsole.Benchmarks;

/// <summary>
/// The rules page with many rules: a real Prometheus loading generated rule files (groups of 20 recording rules),
/// a real console and Debian's Chromium. For each size, <c>loads</c> page loads are timed from navigation until
/// the list shows (summary counting every rule, first rule drawn), then a filter is typed and timed until only the
/// matching rules are listed. Sizes run in one process, one after the other, so their ratio is what to read on a shared machine.
/// </summary>
internal static class RulesPageRun
{
    private const int RulesPerGroup = 20;

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int loads, CancellationToken cancellationToken)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var rows = new List<string>
        {
            "| rules | page load to list p50 | p99 | filter to narrowed list p50 | rule rows in the DOM |",
            "|---:|---:|---:|---:|---:|",
        };
        foreach (var size in sizes)
        {
            await using var prometheus = await PrometheusServer.StartAsync(_ => """
                global:
                  evaluation_interval: 30s
                rule_files: [bench-rules.yml]
                """, new Dictionary<string, string> { ["bench-rules.yml"] = RuleFile(size) }, cancellationToken);
            await WaitForRulesAsync(prometheus.Url, size, cancellationToken);
            await using var console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                ["Prometheus:Url"] = prometheus.Url.ToString(),
                ["Alertmanager:Url"] = "http://127.0.0.1:1",
            }, cancellationToken);

            var page = await chromium.SignedInAsync(console.Url, ConsoleServer.Credentials.Viewer, "/rules");
            var summary = page.Locator("[data-testid='rules-summary']");
            var expected = size.ToString(CultureInfo.InvariantCulture);
            // The first load also warms the console and the browser; it is not counted.
            await ListShownAsync(page, summary, expected);
            var loadTimes = new List<double>();
            var filterTimes = new List<double>();
            var domRows = 0;
            for (var i = 0; i < loads; i++)
            {
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(new Uri(console.Url, "rules").ToString());
                await ListShownAsync(page, summary, expected);
                loadTimes.Add(clock.Elapsed.TotalMilliseconds);
                domRows = await page.Locator("[data-testid='rule']").CountAsync();

                // "bench:g7:" matches exactly one group's rules; timed until only they are listed (the filter's 250 ms
                // debounce included, as a user meets it).
                var prefix = $"bench:g{i % (size / RulesPerGroup)}:";
                clock.Restart();
                await page.Locator("[data-testid='rules-filter-text'] input").FillAsync(prefix);
                await page.WaitForFunctionAsync(
                    "([prefix, n]) => { const rows = [...document.querySelectorAll(\"[data-testid='rule']\")]; return rows.length === n && rows.every(r => r.dataset.rule.startsWith(prefix)); }",
                    new object[] { prefix, RulesPerGroup });
                filterTimes.Add(clock.Elapsed.TotalMilliseconds);
            }

            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {Percentiles.Of(loadTimes, 0.50):0} ms | {Percentiles.Of(loadTimes, 0.99):0} ms | {Percentiles.Of(filterTimes, 0.50):0} ms | {domRows} |"));
            await page.Context.CloseAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rules page, {loads} loads per size (Chromium, 1600×1000):"));
        Console.WriteLine(string.Join('\n', rows));
        return 0;
    }

    private static async Task ListShownAsync(IPage page, ILocator summary, string expected)
    {
        await page.Locator("[data-testid='rule']").First.WaitForAsync();
        await Eventually.Until(async _ => (await summary.InnerTextAsync()).Contains(expected, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), $"the summary to count {expected} rules");
    }

    private static string RuleFile(int size)
    {
        var yaml = new StringBuilder("groups:\n");
        for (var group = 0; group * RulesPerGroup < size; group++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: bench-{group}\n    rules:\n");
            for (var rule = 0; rule < RulesPerGroup && (group * RulesPerGroup) + rule < size; rule++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      - record: bench:g{group}:r{rule}\n        expr: sum by (job) (up) * {rule + 1}\n");
            }
        }
        return yaml.ToString();
    }

    private static async Task WaitForRulesAsync(Uri prometheus, int size, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = prometheus };
        await Eventually.Until(async ct =>
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/v1/rules", UriKind.Relative), ct));
            return json.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("rules").GetArrayLength()) == size;
        }, TimeSpan.FromSeconds(60), $"Prometheus to load {size} rules", cancellationToken);
    }
}
