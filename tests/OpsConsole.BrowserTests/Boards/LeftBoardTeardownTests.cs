using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>
/// A board left by a click (no page load) leaves nothing alive in the browser: no chart and no width observer of its
/// panels. Blazor resolves an element reference only while the element is in the document, so a teardown that named
/// the removed element found nothing and the chart and its ResizeObservers kept the old board's nodes alive, which a
/// wall screen rotating for hours cannot afford.
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class LeftBoardTeardownTests(ConsoleWithFleet app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Switching_boards_by_link_destroys_every_chart_and_observer_of_the_board_left()
    {
        var page = await app.Chromium.OpenAsync(app.Console.KioskUrl);
        await page.GotoAsync(new Uri(app.Console.Url, "boards/overview").ToString());
        await WaitForChartsDrawnAsync(page, "overview");

        foreach (var board in new[] { "kafka", "flink", "overview", "webhook", "redis" })
        {
            await page.Locator($"a[href='boards/{board}']").First.ClickAsync();
            await page.WaitForURLAsync($"**/boards/{board}**");
            await WaitForChartsDrawnAsync(page, board);

            Alive? alive = null;
            try
            {
                await Eventually.Until(
                    async _ => (alive = await AliveAsync(page)) is { } a && a.Charts == a.ChartsOnScreen && a.Observers <= a.PanelsOnScreen,
                    TimeSpan.FromSeconds(30), $"only {board}'s charts and observers to be alive", TestContext.Current.CancellationToken);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{e.Message} Saw {alive}.", e);
            }
        }
    }

    private static async Task WaitForChartsDrawnAsync(IPage page, string board)
    {
        int undrawn = -1;
        try
        {
            await Eventually.Until(async _ => (undrawn = await page.EvaluateAsync<int>("""
                    () => {
                      const charts = [...document.querySelectorAll('[data-testid=chart]')];
                      return charts.length === 0 ? -1 : charts.filter(c => c.dataset.chartDrawn !== 'true').length;
                    }
                    """)) == 0,
                Deadline, $"every chart of {board} to draw", TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Charts not drawn: {undrawn} (-1: none on the page).", e);
        }
    }

    private static Task<Alive> AliveAsync(IPage page) => page.EvaluateAsync<Alive>("""
        async () => {
          const charts = await import(new URL("dist/charts.js", document.baseURI));
          const panels = await import(new URL("Components/Live/LivePanel.razor.js", document.baseURI));
          return {
            charts: charts.liveCharts(),
            chartsOnScreen: document.querySelectorAll('[data-testid=chart]').length,
            observers: panels.observedPanels(),
            panelsOnScreen: document.querySelectorAll('.oc-live-panel').length,
          };
        }
        """);

    /// <summary>What the page holds alive against what it shows.</summary>
    private sealed class Alive
    {
        public int Charts { get; set; }

        public int ChartsOnScreen { get; set; }

        public int Observers { get; set; }

        public int PanelsOnScreen { get; set; }

        public override string ToString() =>
            $"{Charts} charts alive for {ChartsOnScreen} on screen, {Observers} width observers for {PanelsOnScreen} panels";
    }
}
