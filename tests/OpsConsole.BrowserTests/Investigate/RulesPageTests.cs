using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Investigate;

/// <summary>The rules page against the stack's Prometheus, which loads the repository's rules and one broken rule.</summary>
[Collection(InvestigateCollection.Name)]
public sealed class RulesPageTests(InvestigateFleet app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_group_and_rule_Prometheus_returns_is_shown_and_a_failing_rule_shows_its_error()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // Wait until the broken rule has been evaluated once, so Prometheus holds its error.
        var groups = await Eventually.Seen(async ct => (await PrometheusApi.DataAsync(app.Stack.Prometheus.Url, "api/v1/rules", ct)).GetProperty("groups").Clone(),
            data => data.EnumerateArray().Any(g => g.GetProperty("name").GetString() == InvestigateFleet.BrokenGroup
                && g.GetProperty("rules")[0].GetProperty("health").GetString() == "err"),
            Deadline, $"Prometheus to evaluate {InvestigateFleet.BrokenRule} and fail", cancellation, app.Stack.Prometheus);
        var expected = Rules(groups);

        var page = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/rules");
        var rules = page.Locator("[data-testid='rule']");
        await Eventually.Seen(async _ => await rules.CountAsync(), count => count == expected.Count, Deadline,
            $"the page to show the {expected.Count} rules of /api/v1/rules", cancellation, app.Console);

        var shown = await rules.EvaluateAllAsync<string[]>("rules => rules.map(r => r.dataset.group + '/' + r.dataset.rule)");
        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        var groupNames = await page.Locator("[data-testid='rule-group']").EvaluateAllAsync<string[]>("groups => groups.map(g => g.dataset.group)");
        Assert.Equal(groups.EnumerateArray().Select(g => g.GetProperty("name").GetString()!).Order(StringComparer.Ordinal), groupNames.Order(StringComparer.Ordinal));

        var broken = page.Locator($"[data-testid='rule'][data-rule='{InvestigateFleet.BrokenRule}']");
        await Eventually.Until(async _ => await broken.GetAttributeAsync("data-health") == "err", Deadline,
            $"{InvestigateFleet.BrokenRule} to show as failing", cancellation, app.Console);
        Assert.Contains("many-to-many matching not allowed", await broken.Locator("[data-testid='rule-error']").InnerTextAsync(), StringComparison.Ordinal);
        var explore = await broken.Locator("[data-testid='rule-explore']").GetAttributeAsync("href");
        var query = groups.EnumerateArray().Single(g => g.GetProperty("name").GetString() == InvestigateFleet.BrokenGroup)
            .GetProperty("rules")[0].GetProperty("query").GetString()!;
        Assert.EndsWith("explore?expr=" + Uri.EscapeDataString(query), explore, StringComparison.Ordinal);

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "rules.png") });

        // Filtered to failing rules (kept in the URL), only the broken one is left.
        await page.GotoAsync(new Uri(app.Console.Url, "rules?health=err").ToString());
        await Eventually.Seen(async _ => await rules.EvaluateAllAsync<string[]>("rules => rules.map(r => r.dataset.rule)"),
            names => names.Length == 1 && names[0] == InvestigateFleet.BrokenRule, Deadline, "only the failing rule listed under health=err", cancellation);
    }

    private static List<string> Rules(JsonElement groups) =>
        [.. groups.EnumerateArray().SelectMany(g => g.GetProperty("rules").EnumerateArray()
            .Select(r => g.GetProperty("name").GetString() + "/" + r.GetProperty("name").GetString()))];
}
