using System.Diagnostics;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Wall;

/// <summary>
/// A wall screen needs no human: through a Prometheus outage it keeps every value with the stale mark, and through a
/// console outage longer than Blazor's own reconnect budget it keeps trying and comes back by itself once the
/// console answers again. Its own fixture: these tests stop the servers the others rely on.
/// </summary>
public sealed class WallResilienceTests(WallConsole app, ITestOutputHelper output) : IClassFixture<WallConsole>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_prometheus_outage_shows_stale_values_never_blank_panels_and_recovers()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.OpenKioskAsync(ct);
        // A whole cycle first, so every board of the rotation has had data once.
        await WallScript.StartRecordingAsync(page);
        await Eventually.Until(async _ => (await WallScript.SwitchesAsync(page)).Length >= 3 && await WallScript.VisibleBoardDrawnAsync(page),
            TimeSpan.FromSeconds(120), "one full rotation with data", ct);

        await app.Stack.Prometheus.StopAsync();

        var age = page.Locator("[data-testid='wall-data-age']");
        await Eventually.Until(async _ => await page.Locator("[data-testid='wall-slide'] [data-panel-id][data-stale='true']").CountAsync() > 0,
            Deadline, "panels marked stale", ct);
        // Through the next switches too (boards pre-warmed while Prometheus is down): values, never a blank panel.
        var switchesBefore = (await WallScript.SwitchesAsync(page)).Length;
        await Eventually.Until(async _ => (await WallScript.SwitchesAsync(page)).Length >= switchesBefore + 2, TimeSpan.FromSeconds(60),
            "two switches during the outage", ct);
        Assert.All((await WallScript.SwitchesAsync(page)).Skip(switchesBefore),
            s => Assert.True(s.DrawnAfter is >= 0 and <= 1000, $"{s.Board} was not drawn within 1 s of its switch during the outage ({s.DrawnAfter:0} ms)"));
        Assert.Equal(0, await page.Locator("[data-testid='wall-slide'] [data-panel-id][data-has-value='false']").CountAsync());
        await Eventually.Until(async _ => await age.GetAttributeAsync("data-level") is "late" or "stale", Deadline,
            "the data age to turn amber", ct);

        await app.Stack.Prometheus.RestartAsync(ct);

        await Eventually.Until(async _ => await age.GetAttributeAsync("data-level") == "fresh"
                && await page.Locator("[data-testid='wall-slide'] [data-panel-id][data-stale='true']").CountAsync() == 0,
            Deadline, "fresh data again", ct);
    }

    [Fact]
    public async Task The_console_down_longer_than_blazors_budget_and_started_again_brings_the_screen_back_by_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.OpenKioskAsync(ct);

        await app.Console.StopAsync();

        var root = page.Locator("html");
        await Eventually.Until(async _ => await root.GetAttributeAsync("data-wall-connection") == "reconnecting", Deadline,
            "the quiet reconnecting mark", ct);
        // Blazor's default gives up after 8 attempts and shows a dialog; this page keeps trying.
        await Eventually.Until(async _ => int.TryParse(await root.GetAttributeAsync("data-wall-attempts"), out var n) && n >= 12,
            TimeSpan.FromSeconds(120), "twelve reconnect attempts while the console is down", ct);
        Assert.Equal(0, await page.Locator("#components-reconnect-modal").CountAsync());

        await app.Console.StartAgainAsync(ct);
        var answering = Stopwatch.StartNew();

        await Eventually.Until(async _ => new Uri(page.Url).AbsolutePath == "/wall/test"
                && await root.GetAttributeAsync("data-wall-connection") == "connected"
                && await WallScript.VisibleBoardDrawnAsync(page),
            TimeSpan.FromSeconds(15), "the screen back, drawn, within 15 s of the console answering", ct);
        output.WriteLine($"screen back {answering.ElapsedMilliseconds} ms after the console answered /healthz");
    }
}
