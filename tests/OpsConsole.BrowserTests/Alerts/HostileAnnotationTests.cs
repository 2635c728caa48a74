using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Alerts;

/// <summary>
/// Alert text comes from anyone who can post to Alertmanager. In a real browser, markup in an annotation shows as text,
/// runs no script, and a javascript: runbook URL never becomes a link.
/// </summary>
public sealed class HostileAnnotationTests(ConsoleWithAlertmanager app) : IClassFixture<ConsoleWithAlertmanager>
{
    private const string Summary = "<script>window.__alertXss = 'script';</script>";
    private const string Description = "<img src=x onerror=\"window.__alertXss = 'img'\">";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Script_and_img_annotations_show_as_text_and_run_nothing()
    {
        var page = await app.SignInAndOpenAsync("/alerts", ConsoleServer.Credentials.Viewer);
        // Set before the alert arrives: the live update must not run anything either.
        await page.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();
        await page.EvaluateAsync("() => { window.__openedOnce = true; }");

        await app.Alertmanager.PostAlertsAsync(JsonSerializer.Serialize(new[]
        {
            new
            {
                labels = new Dictionary<string, string> { ["alertname"] = "HostileAnnotation", ["service"] = "webhook", ["severity"] = "critical" },
                annotations = new Dictionary<string, string>
                {
                    ["summary"] = Summary,
                    ["description"] = Description,
                    ["runbook_url"] = "javascript:window.__alertXss='link'",
                },
                generatorURL = "http://prometheus.example:9090/graph?g0.expr=up",
            },
        }), TestContext.Current.CancellationToken);

        var row = page.Locator("[data-testid='alert-row']").Filter(new() { HasText = "HostileAnnotation" });
        await Eventually.Until(async _ => await row.CountAsync() == 1, Deadline, "the alert to show up without a reload", TestContext.Current.CancellationToken);

        Assert.Equal(Summary, (await row.Locator("[data-testid='alert-summary']").InnerTextAsync()).Trim());
        Assert.Equal(Description, (await row.Locator("[data-testid='alert-description']").InnerTextAsync()).Trim());
        Assert.Equal(0, await row.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid='alert-row'] script").CountAsync());
        Assert.Equal(0, await row.Locator("[data-testid='alert-runbook-link']").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript' i]").CountAsync());
        Assert.Equal("http://prometheus.example:9090/graph?g0.expr=up",
            await row.Locator("[data-testid='alert-source-link']").GetAttributeAsync("href"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__alertXss === undefined"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__openedOnce === true"));

        // A Viewer reads; the operator's buttons are not there.
        Assert.Equal(0, await row.Locator("[data-testid='ack-button'], [data-testid='silence-button']").CountAsync());
    }
}
