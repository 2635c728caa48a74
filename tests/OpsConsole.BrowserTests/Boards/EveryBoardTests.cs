using OpsConsole.Core.Boards;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>
/// Every board shipped in deploy/boards, opened in a real browser against the real local stack: every panel
/// draws real data (no empty panel), charts included. Screenshots go to .data/screenshots/&lt;id&gt;.png.
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class EveryBoardTests(ConsoleWithFleet app)
{
    // Rates and recording rules need a few scrapes and rule evaluations of a fresh Prometheus first.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public static TheoryData<string> BoardIds => [.. BoardFiles.Ids()];

    [Fact]
    public void Every_shipped_board_file_is_valid_and_visited()
    {
        var files = BoardFiles.Load();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(file.IsValid, $"{file.File}: {string.Join("; ", file.Errors)}"));
        // The theory below has one case per loaded file, under the id the console serves it at: every board file on
        // disk (.yaml and .yml alike) must be among them.
        Assert.Equal(Directory.GetFiles(BoardFiles.Folder).Count(BoardFileLoader.IsBoardFile), files.Count);
    }

    [Theory]
    [MemberData(nameof(BoardIds))]
    public async Task Every_panel_of_the_board_draws_live_data(string boardId)
    {
        var page = await app.Chromium.OpenAsync(app.Console.KioskUrl);
        await page.GotoAsync(new Uri(app.Console.Url, $"boards/{boardId}?refresh=5s").ToString());
        var panels = page.Locator("[data-panel-id]");
        await Eventually.Until(async _ => await panels.CountAsync() > 0, TimeSpan.FromSeconds(30),
            $"the panels of {boardId}", TestContext.Current.CancellationToken);

        string? notDrawn = null;
        try
        {
            await Eventually.Until(async _ => (notDrawn = await PanelsNotDrawnAsync(page)).Length == 0, Deadline,
                $"every panel of {boardId} to draw", TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Not drawn: {notDrawn}", e);
        }

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, $"{boardId}.png"),
            FullPage = true,
        });
        Assert.Equal(0, await page.Locator("[data-testid='panel-error']").CountAsync());
    }

    /// <summary>Each panel that has not drawn yet, with what it shows instead; empty when all drew.</summary>
    private static async Task<string> PanelsNotDrawnAsync(IPage page) =>
        await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('[data-panel-id]')]
                .filter(panel => {
                    if (panel.dataset.drew !== 'true') return true;
                    const chart = panel.querySelector('[data-testid=chart]');
                    return chart !== null && !(chart.dataset.chartDrawn === 'true' && Number(chart.dataset.chartPoints) > 0);
                })
                .map(panel => `${panel.dataset.panelId} (${panel.dataset.panelType}): ${panel.innerText.replace(/\s+/g, ' ').slice(0, 160)}`)
                .join('; ')
            """);
}
