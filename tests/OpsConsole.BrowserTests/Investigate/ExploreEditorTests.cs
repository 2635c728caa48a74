using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Investigate;

/// <summary>
/// The PromQL editor in a real browser against the real Prometheus: Enter runs the query, a broken query shows
/// Prometheus's own error at the position it names, and leaving Explore by a link destroys the editor (a teardown that named the removed element
/// found nothing, and the editor lived on).
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class ExploreEditorTests(ConsoleWithFleet app)
{
    // No brackets: the editor closes those itself as one types.
    private const string Broken = "up + * up";

    [Fact]
    public async Task A_broken_query_shows_prometheus_error_at_its_position_and_leaving_explore_destroys_the_editor()
    {
        var page = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/explore");
        var editor = page.Locator("[data-testid='explore-editor-0'][data-editor-ready='true']");
        await editor.WaitForAsync();

        await editor.Locator("[data-testid='promql-input']").ClickAsync();
        await page.Keyboard.TypeAsync(Broken);
        await page.Keyboard.PressAsync("Escape"); // closes the completion list, so Enter runs the query
        await page.Keyboard.PressAsync("Enter");

        var error = page.Locator("[data-testid='explore-error']");
        try
        {
            await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            var text = await page.Locator("body").InnerTextAsync();
            var doc = await page.Locator("[data-testid='promql-input']").InnerTextAsync();
            throw new TimeoutException($"{e.Message} Editor holds '{doc}'; the page shows: {text[..Math.Min(text.Length, 600)]}", e);
        }
        // Prometheus: "1:6: parse error: unexpected <op:*>"; the editor marks the operator it names.
        Assert.Contains("unexpected <op:*>", await error.InnerTextAsync(), StringComparison.Ordinal);
        var from = await page.Locator("[data-testid='explore-editor-0'][data-error-from]").GetAttributeAsync("data-error-from");
        Assert.Equal(Broken.IndexOf('*', StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture), from);

        await page.Locator("a[href='boards/overview']").First.ClickAsync();
        await page.WaitForURLAsync("**/boards/overview**");
        int alive = -1;
        try
        {
            await Eventually.Until(async _ => (alive = await page.EvaluateAsync<int>("""
                    async () => (await import(new URL("dist/promql-editor.js", document.baseURI))).liveEditors()
                    """)) == 0,
                TimeSpan.FromSeconds(30), "the editor to be destroyed once Explore was left", TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Editors alive: {alive}.", e);
        }
    }
}
