using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>Boards on a phone: one column, stats as compact tiles two to a row, charts with a readable aspect, one control for the pickers.</summary>
[Collection(PhoneCollection.Name)]
public sealed class PhoneBoardTests(PhoneStack app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_overview_shows_its_four_stats_on_the_first_screen()
    {
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Viewer, "/");
        var stats = page.Locator("[data-panel-type='stat']");
        await Eventually.Until(async _ => await stats.CountAsync() >= 4 && await DrewAsync(stats, 4), Deadline,
            "the overview's four stats to draw", TestContext.Current.CancellationToken);

        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < 4; i++)
        {
            boxes.Add((await stats.Nth(i).BoundingBoxAsync())!);
        }
        Assert.All(boxes, box => Assert.True(box.Y + box.Height <= Phone.Height, $"a stat ends at {box.Y + box.Height}px, below the first screen"));
        // Two to a row.
        Assert.Equal(boxes[0].Y, boxes[1].Y, 1);
        Assert.Equal(boxes[2].Y, boxes[3].Y, 1);
        Assert.True(boxes[1].X > boxes[0].X && boxes[2].Y > boxes[0].Y);

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "phone-overview.png") });
        await Phone.AssertFitsAsync(page);
    }

    [Fact]
    public async Task The_pickers_fold_into_one_control_and_charts_keep_a_readable_aspect()
    {
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Viewer, "/boards/robot-health");
        var charts = page.Locator("[data-panel-type='timeseries'][data-drew='true']");
        await Eventually.Until(async _ => await charts.CountAsync() > 0, Deadline, "a chart of the robot health board to draw", TestContext.Current.CancellationToken);

        Assert.False(await page.Locator("[data-testid='range-picker']").IsVisibleAsync());
        Assert.False(await page.Locator("[data-testid='refresh-picker']").IsVisibleAsync());
        await page.Locator("[data-testid='board-controls-toggle']").TapAsync();
        await page.Locator("[data-testid='range-picker']").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await page.Locator("[data-testid='refresh-picker']").IsVisibleAsync());

        var chart = (await charts.First.BoundingBoxAsync())!;
        Assert.True(chart.Width >= Phone.Width - 40, $"a chart is {chart.Width}px wide: the whole column");
        var aspect = chart.Height / chart.Width;
        Assert.True(aspect is >= 0.45f and <= 1.2f, $"a chart is {chart.Width}×{chart.Height}px");

        await page.Locator("[data-testid='board-controls-toggle']").TapAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "phone-robot-health.png"), FullPage = true });
        await Phone.AssertFitsAsync(page);
    }

    [Fact]
    public async Task A_wide_screen_keeps_the_desk_grid()
    {
        var page = await app.Chromium.OpenAsync(new Uri(app.Console.Url, "account/sign-in?returnUrl=%2F"));
        await page.FillAsync("[data-testid='sign-in-user']", ConsoleServer.Credentials.Viewer);
        await page.FillAsync("[data-testid='sign-in-password']", ConsoleServer.Credentials.Password);
        await page.ClickAsync("[data-testid='sign-in-submit']");
        var stats = page.Locator("[data-panel-type='stat']");
        await Eventually.Until(async _ => await stats.CountAsync() >= 4, Deadline, "the overview's stats", TestContext.Current.CancellationToken);

        // The board re-renders as its first data arrives; a box read during that render is null, so read until both exist.
        var (first, fourth) = await Eventually.Seen(
            async _ => (First: await stats.Nth(0).BoundingBoxAsync(), Fourth: await stats.Nth(3).BoundingBoxAsync()),
            boxes => boxes.First is not null && boxes.Fourth is not null,
            Deadline, "the first and fourth stat to be laid out", TestContext.Current.CancellationToken);
        Assert.NotNull(first);
        Assert.NotNull(fourth);
        Assert.Equal(first.Y, fourth.Y, 1);
        Assert.True(fourth.X > first.X + (3 * first.Width));
        Assert.True(await page.Locator("[data-testid='range-picker']").IsVisibleAsync());
        Assert.False(await page.Locator("[data-testid='board-controls-toggle']").IsVisibleAsync());
    }

    private static async Task<bool> DrewAsync(ILocator stats, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (await stats.Nth(i).GetAttributeAsync("data-drew") != "true")
            {
                return false;
            }
        }
        return true;
    }
}
