using System.Diagnostics;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Wall;

/// <summary>
/// A kiosk screen on the real stack: it rotates its playlist with the configured dwell, each switch shows a board
/// already drawn, the ticker shows an alert from the webhook, a critical takes the screen over until acknowledged,
/// an admin pushes "next board", and a broken playlist file is shown as errors on its own screen only.
/// </summary>
public sealed class WallScreenTests(WallConsole app, ITestOutputHelper output) : IClassFixture<WallConsole>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_playlist_rotates_with_its_dwell_and_every_switch_shows_a_board_already_drawn()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.OpenKioskAsync(ct);
        await WallScript.StartRecordingAsync(page);
        var rotation = WallConsole.Rotation.Select(r => r.Board).ToList();

        // Five switches: every board at least once after a switch, and one full cycle timed.
        var switches = await Eventually.Until(async _ =>
        {
            var seen = await WallScript.SwitchesAsync(page);
            return seen.Length >= 5 && seen.Take(5).All(s => s.DrawnAfter >= 0) ? seen : null;
        }, TimeSpan.FromSeconds(150), "five board switches, each drawn", ct);

        foreach (var s in switches.Take(5))
        {
            output.WriteLine($"{s.Board}: {s.Panels} panels drawn {s.DrawnAfter:0} ms after the switch");
        }
        // In playlist order, each board following the one before.
        for (var i = 1; i < 5; i++)
        {
            Assert.Equal(rotation[(rotation.IndexOf(switches[i - 1].Board) + 1) % rotation.Count], switches[i].Board);
        }
        // Every panel drawn within 1 s of the switch: the board was pre-warmed.
        Assert.All(switches.Take(5), s => Assert.True(s.DrawnAfter <= 1000, $"{s.Board} took {s.DrawnAfter:0} ms to draw after the switch"));
        // Each board stayed for its dwell (between two switches), within a generous 3 s.
        for (var i = 1; i < 5; i++)
        {
            var stayed = TimeSpan.FromMilliseconds(switches[i].At - switches[i - 1].At);
            var dwell = WallConsole.Rotation.Single(r => r.Board == switches[i - 1].Board).Dwell;
            Assert.True((stayed - dwell).Duration() <= TimeSpan.FromSeconds(3), $"{switches[i - 1].Board} stayed {stayed.TotalSeconds:0.0} s, its dwell is {dwell.TotalSeconds} s");
        }
        Assert.Equal("/wall/test", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task The_ticker_shows_an_alert_soon_after_the_webhook_and_a_critical_takes_over_until_acknowledged()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.OpenKioskAsync(ct);
        var ticker = page.Locator("[data-testid='wall-ticker-item'][data-alertname='WallTickerWarning']");

        var sent = await app.FireAsync("WallTickerWarning", "warning", "Webhook p99 latency above 1 s", ct);
        await Eventually.Until(async _ => await ticker.CountAsync() == 1, TimeSpan.FromSeconds(10), "the warning in the ticker", ct);
        output.WriteLine($"ticker showed the alert {sent.ElapsedMilliseconds} ms after the webhook was sent");
        Assert.Contains("Webhook p99 latency above 1 s", await ticker.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid='wall-takeover']").CountAsync());

        await app.FireAsync("WallCriticalDown", "critical", "<b>webhook</b> pods down", ct);
        var takeover = page.Locator("[data-testid='wall-takeover']");
        await Eventually.Until(async _ => await takeover.CountAsync() == 1, TimeSpan.FromSeconds(10), "the critical to take the screen over", ct);
        Assert.Equal("WallCriticalDown", await page.Locator("[data-testid='wall-takeover-name']").InnerTextAsync());
        // Plain text: the summary's tags are shown, not rendered.
        Assert.Contains("<b>webhook</b> pods down", await takeover.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await takeover.IsVisibleAsync());

        await app.AcknowledgeAsync((await takeover.GetAttributeAsync("data-fingerprint"))!, ct);

        await Eventually.Until(async _ => await takeover.CountAsync() == 0, TimeSpan.FromSeconds(20), "the takeover to end on the ack", ct);
        var acked = page.Locator("[data-testid='wall-ticker-item'][data-alertname='WallCriticalDown']");
        Assert.Equal("true", await acked.GetAttributeAsync("data-acked"));
        Assert.Contains("acknowledged by api:tests", await acked.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sees_the_screen_and_pushes_next_board_which_is_audited()
    {
        var ct = TestContext.Current.CancellationToken;
        var wall = await app.OpenKioskAsync(ct);
        var admin = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Admin, "/admin/screens");
        var row = admin.Locator("[data-testid='screen-row'][data-screen='test']");
        await Eventually.Until(async _ => await row.CountAsync() >= 1, Deadline, "the open wall page on the screens page", ct);
        await Eventually.Until(async _ => (await row.First.Locator("[data-testid='screen-memory']").InnerTextAsync()).Contains("MiB", StringComparison.Ordinal),
            Deadline, "the browser's memory from a heartbeat", ct);
        // Only this test's page: others may have been closed already, or not yet.
        var before = await wall.Locator("[data-testid='wall']").GetAttributeAsync("data-board-id");
        var ours = row.Filter(new() { Has = admin.Locator($"[data-testid='screen-board']:text-is('{before}')") });

        await ours.First.Locator("[data-testid='screen-next']").ClickAsync();

        var expected = WallConsole.Rotation[(WallConsole.Rotation.ToList().FindIndex(r => r.Board == before) + 1) % WallConsole.Rotation.Count].Board;
        await Eventually.Until(async _ => await wall.Locator("[data-testid='wall']").GetAttributeAsync("data-board-id") != before,
            TimeSpan.FromSeconds(20), "the wall to show the next board", ct);
        Assert.Equal(expected, await wall.Locator("[data-testid='wall']").GetAttributeAsync("data-board-id"));
        using var http = new HttpClient { BaseAddress = app.Console.Url };
        http.DefaultRequestHeaders.Authorization = new("Bearer", ConsoleServer.Credentials.ApiToken);
        var audit = await http.GetStringAsync("api/audit?action=wall.next-pushed", ct);
        Assert.Contains("\"actor\":\"admin\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"target\":\"test\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_playlist_file_shows_its_errors_on_its_screen_while_the_others_play()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/wall/broken");

        var problem = page.Locator("[data-testid='wall-problem']");
        await problem.WaitForAsync();
        var details = string.Join("\n", await page.Locator("[data-testid='wall-problem-detail']").AllInnerTextsAsync());
        Assert.Contains("broken.yaml", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("broken.yaml:5:", details, StringComparison.Ordinal);
        Assert.Contains("entries[0].dwell", details, StringComparison.Ordinal);

        var other = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/wall/big");
        await Eventually.Until(async _ => await WallScript.VisibleBoardDrawnAsync(other), Deadline, "the big screen beside the broken one", ct);
    }

    [Theory]
    [InlineData("1080p", 1920, 1080)]
    [InlineData("4k", 3840, 2160)]
    public async Task The_big_screen_reads_from_across_the_room_at_1080p_and_4k(string name, int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/wall/big", new ViewportSize { Width = width, Height = height });
        await Eventually.Until(async _ => await WallScript.VisibleBoardFullAsync(page), Deadline, "every big-screen panel showing data", ct);

        var layout = await page.EvaluateAsync<double[]>("""
            () => {
              const stat = document.querySelector('[data-panel-id="fleet-online-rate"] [data-testid="stat-value"]');
              const title = document.querySelector('[data-testid="wall-board-title"]');
              const root = document.documentElement;
              return [parseFloat(getComputedStyle(stat).fontSize), parseFloat(getComputedStyle(title).fontSize),
                      root.scrollWidth - innerWidth, root.scrollHeight - innerHeight];
            }
            """);
        // From five metres: big numbers at 6 % of the screen height, the title at 3 %; nothing spills off the screen.
        Assert.True(layout[0] >= height * 0.06, $"stat values are {layout[0]} px on a {height} px screen");
        Assert.True(layout[1] >= height * 0.03, $"the title is {layout[1]} px on a {height} px screen");
        Assert.True(layout[2] <= 1 && layout[3] <= 1, $"the board overflows by {layout[2]} x {layout[3]} px");
        Assert.Equal(0, await page.Locator("[data-testid='view-panel']").CountAsync());
        Assert.Equal(0, await page.Locator(".mud-drawer").CountAsync());

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, $"wall-{name}.png") });
    }
}
