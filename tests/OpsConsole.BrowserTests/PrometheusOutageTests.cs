using OpsConsole.Testing;

namespace OpsConsole.BrowserTests;

/// <summary>
/// When Prometheus goes away the open board says so and keeps its last values; when it returns the board recovers
/// by itself, without a page reload.
/// </summary>
public sealed class PrometheusOutageTests(ConsoleWithFleet app) : IClassFixture<ConsoleWithFleet>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Outage_shows_a_banner_keeps_last_values_and_recovers_without_reload()
    {
        var page = await app.Chromium.OpenAsync(app.Console.KioskUrl);
        // The board file refreshes every 30 s; a faster refresh (kept in the URL) lets the test see changes sooner.
        await page.GotoAsync(new Uri(app.Console.Url, "boards/robot-health?refresh=5s").ToString());
        var onlineRate = page.Locator("[data-panel-id='fleet-online-rate'] [data-testid='stat-value']");
        var banner = page.Locator("[data-testid='prometheus-unreachable']");
        await Eventually.Until(async _ => RobotHealthBoardTests.PercentOrNull(await onlineRate.InnerTextAsync()) is not null,
            Deadline, "a first online rate", TestContext.Current.CancellationToken);
        // A marker that only survives if the page is never reloaded.
        await page.EvaluateAsync("() => { window.__openedOnce = true; }");

        await app.Stack.Prometheus.StopAsync();

        await Eventually.Until(async _ => await banner.IsVisibleAsync(), Deadline, "the unreachable banner", TestContext.Current.CancellationToken);
        Assert.Contains("Prometheus", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(RobotHealthBoardTests.PercentOrNull(await onlineRate.InnerTextAsync()));
        await Eventually.Until(async _ => await page.Locator("[data-panel-id='fleet-online-rate'][data-stale='true']").CountAsync() == 1,
            Deadline, "the online-rate panel to be marked stale", TestContext.Current.CancellationToken);

        await app.Stack.Prometheus.RestartAsync(TestContext.Current.CancellationToken);

        await Eventually.Until(async _ => !await banner.IsVisibleAsync(), Deadline, "the banner to go away", TestContext.Current.CancellationToken);
        await Eventually.Until(async _ => await page.Locator("[data-panel-id='fleet-online-rate'][data-stale='false']").CountAsync() == 1,
            Deadline, "the online-rate panel to be fresh again", TestContext.Current.CancellationToken);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__openedOnce === true"));
    }
}
