using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Core.Boards;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>
/// A chart writes numbers and times as the rest of the page does, whatever the browser is set to: the browser here runs
/// in New York in German (a decimal comma), the console shows Asia/Shanghai (appsettings.json) in zh-CN (German is not
/// one of its languages, so it falls back to its default).
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class ChartFormattingTests(ConsoleWithFleet app)
{
    private const string BrowserZone = "America/New_York";
    private static readonly TimeZoneInfo ConsoleZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly CultureInfo ConsoleCulture = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private static readonly double[] Values =
    [
        0, 0.5, -0.25, 0.00123, 0.0456, 1, 7.25, 12.345, 99.94, 99.96, 999.96, 1234.5, 65_535, 999_999, 1_000_000,
        12_345_678, 3.2e9, 7.7e12, 1536, 1_048_576, 1.5 * Math.Pow(2, 40), 1.5 * Math.Pow(2, 60), -42.1, 59.99, 3 * 86400, 1e-7,
    ];

    private static readonly int?[] Decimals = [null, 0, 2];

    [Fact]
    public async Task Chart_values_read_exactly_as_the_servers_unit_formatter_writes_them_in_the_consoles_culture()
    {
        var page = await OpenOverviewAsync();
        var cases = (from unit in Enum.GetValues<Unit>()
                     from value in Values
                     from decimals in Decimals
                     select new FormatCase(value, BoardVocabulary.NameOf(unit), decimals, UnitFormatter.Format(value, unit, decimals, ConsoleCulture)))
            .ToArray();

        // Values go as text: Playwright's own serialiser hands a .NET 0.0 to the page as -0.
        var written = await page.EvaluateAsync<string[]>(
            """
            async ([cases, locale]) => {
              const charts = await import(new URL("dist/charts.js", document.baseURI));
              return cases.map(c => charts.formatValue(Number(c.value), c.unit, c.decimals, locale));
            }
            """,
            new object[] { cases.Select(c => new { value = c.Value.ToString("R", CultureInfo.InvariantCulture), unit = c.Unit, decimals = c.Decimals }).ToArray(), ConsoleCulture.Name });

        var differences = cases.Zip(written, (c, js) => (c, js)).Where(p => p.c.Expected != p.js)
            .Select(p => $"{p.c.Value.ToString("R", CultureInfo.InvariantCulture)} {p.c.Unit} decimals={p.c.Decimals?.ToString(CultureInfo.InvariantCulture) ?? "auto"}: server '{p.c.Expected}', chart '{p.js}'")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {cases.Length} differ:\n{string.Join('\n', differences.Take(40))}");
    }

    [Fact]
    public async Task A_time_chart_labels_its_axis_in_the_consoles_zone_not_the_browsers()
    {
        var page = await OpenOverviewAsync();
        var charts = await Eventually.Seen(
            async _ => await page.Locator("[data-chart-kind='line'][data-chart-start], [data-chart-kind='area'][data-chart-start]").EvaluateAllAsync<DrawnTimeChart[]>(
                """
                charts => charts.map(c => ({
                  start: Number(c.dataset.chartStart), end: Number(c.dataset.chartEnd),
                  labels: [...c.querySelectorAll(".apexcharts-xaxis-label tspan")].map(t => t.textContent.trim()).filter(t => t.length > 0),
                }))
                """),
            seen => seen.Any(c => c.Labels.Length >= 2), Deadline, "a drawn time chart with axis labels", TestContext.Current.CancellationToken, app.Console);

        // Every label is a minute inside its chart's window on the console's clock (New York's would be 12 or 13 hours off).
        var outside = charts.SelectMany(chart =>
        {
            var minutes = new HashSet<string>(StringComparer.Ordinal);
            for (var at = DateTimeOffset.FromUnixTimeMilliseconds(chart.Start); at <= DateTimeOffset.FromUnixTimeMilliseconds(chart.End); at = at.AddMinutes(1))
            {
                minutes.Add(TimeZoneInfo.ConvertTime(at, ConsoleZone).ToString("HH:mm", CultureInfo.InvariantCulture));
            }
            return chart.Labels.Where(label => !minutes.Contains(label));
        }).ToList();
        Assert.True(outside.Count == 0, $"axis labels outside their window in {ConsoleZone.Id}: {string.Join(", ", outside)}; charts: {JsonSerializer.Serialize(charts)}");
    }

    private async Task<IPage> OpenOverviewAsync()
    {
        var page = await app.Chromium.OpenAsync(app.Console.KioskUrl, timeZone: BrowserZone, locale: "de-DE");
        await page.GotoAsync(new Uri(app.Console.Url, "boards/overview?from=now-1h&to=now").ToString());
        await Eventually.Until(async _ => await page.Locator("[data-chart-drawn='true']").CountAsync() > 0, Deadline,
            "a drawn chart on the overview", TestContext.Current.CancellationToken);
        Assert.Equal(ConsoleCulture.Name, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        return page;
    }

    // Playwright fills a result object through a parameterless constructor and setters.
    private sealed class DrawnTimeChart
    {
        public long Start { get; set; }

        public long End { get; set; }

        public string[] Labels { get; set; } = [];
    }

    private sealed record FormatCase(double Value, string Unit, int? Decimals, string Expected);
}
