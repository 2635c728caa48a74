using System.Globalization;
using Microsoft.Playwright;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests;

/// <summary>An operator opens the robot health board in a real browser and sees live values and drawn charts.</summary>
[Collection(SharedFleet.Name)]
public sealed class RobotHealthBoardTests(ConsoleWithFleet app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Board_shows_live_stat_values_and_drawn_charts()
    {
        var page = await app.Chromium.OpenAsync(app.Console.KioskUrl);
        // The board file refreshes every 30 s; a faster refresh (kept in the URL) lets the test see changes sooner.
        await page.GotoAsync(new Uri(app.Console.Url, "boards/robot-health?refresh=5s").ToString());

        var onlineRate = page.Locator("[data-panel-id='fleet-online-rate'] [data-testid='stat-value']");
        var firstValue = await Eventually.Until(async _ => PercentOrNull(await onlineRate.InnerTextAsync()), Deadline,
            "the online rate to show a percentage", TestContext.Current.CancellationToken);
        Assert.InRange(firstValue!.Value, 1, 100);

        var commandSuccess = page.Locator("[data-panel-id='command-success-rate'] [data-testid='stat-value']");
        var success = await Eventually.Until(async _ => PercentOrNull(await commandSuccess.InnerTextAsync()), Deadline,
            "the command success rate to show a percentage", TestContext.Current.CancellationToken);
        Assert.InRange(success!.Value, 90, 100);

        // Drawn with data: every chart has at least one series path (an empty chart shows only its "no data" text).
        var charts = page.Locator("[data-testid='chart'][data-chart-drawn='true']");
        await Eventually.Until(async _ =>
        {
            var count = await charts.CountAsync();
            for (var i = 0; i < count; i++)
            {
                if (await charts.Nth(i).Locator(".apexcharts-series path").CountAsync() == 0)
                {
                    return false;
                }
            }
            return count >= 3;
        }, TimeSpan.FromSeconds(120), "three ApexCharts charts drawn with data", TestContext.Current.CancellationToken);

        // Live: cause a change the board must show without a reload. The command-failure spike takes the success
        // rate far below its quiet ~99 %, so the new value is certain to come (waiting for noise to move is luck).
        app.Stack.Simulator.Scenarios.Activate(ScenarioNames.CommandFailureSpike);
        try
        {
            await Eventually.Seen(async _ => PercentOrNull(await commandSuccess.InnerTextAsync()),
                now => now is { } value && value < success.Value - 1, TimeSpan.FromSeconds(120),
                $"the command success rate to fall below {success.Value - 1:0.#} % during the failure spike",
                TestContext.Current.CancellationToken, app.Console, app.Stack.Prometheus);
        }
        finally
        {
            app.Stack.Simulator.Scenarios.Deactivate(ScenarioNames.CommandFailureSpike);
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "robot-health.png") });
    }

    internal static string ScreenshotDirectory => RepositoryPaths.Combine(".data", "screenshots");

    internal static double? PercentOrNull(string text)
    {
        var number = text.Replace("%", string.Empty, StringComparison.Ordinal).Trim();
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
