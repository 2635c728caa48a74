using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Localization;

/// <summary>An operator whose browser reads Chinese switches the console to English; it stays English for them.</summary>
public sealed class LanguageSwitchTests(ConsoleOnly app) : IClassFixture<ConsoleOnly>
{
    private const string Board = "/boards/robot-health";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Switching_to_English_reloads_in_English_and_follows_the_user_to_a_new_browser()
    {
        var page = await SignInAsync(ConsoleServer.Credentials.Operator);
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Contains("看板", await page.Locator(".mud-drawer").InnerTextAsync(), StringComparison.Ordinal);

        await OpenLanguageMenuAsync(page);
        await page.Locator("[data-testid='language-en']").ClickAsync();

        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await page.Locator("[data-testid='language-menu']").WaitForAsync();
        Assert.Contains("Boards", await page.Locator(".mud-drawer").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith(Board, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == ".AspNetCore.Culture" && Uri.UnescapeDataString(c.Value) == "c=en|uic=en");

        // A fresh browser (no cookie, Chinese Accept-Language) signed in as the same user gets their stored language.
        var elsewhere = await SignInAsync(ConsoleServer.Credentials.Operator);
        Assert.Equal("en", await elsewhere.EvaluateAsync<string>("() => document.documentElement.lang"));

        Assert.Contains(await AuditAsync(), e =>
            e.GetProperty("actor").GetString() == ConsoleServer.Credentials.Operator
            && e.GetProperty("target").GetString() == "language"
            && e.GetProperty("detail").GetString() == "en");
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var page = await app.Chromium.SignedInAsync(app.Console.Url, user, Board);
        await page.Locator("[data-testid='language-menu']").WaitForAsync();
        return page;
    }

    // The page is prerendered: the menu opens once the circuit is up, so click until it does.
    private static async Task OpenLanguageMenuAsync(IPage page)
    {
        var item = page.Locator("[data-testid='language-en']");
        await Eventually.Until(async _ =>
        {
            if (await item.IsVisibleAsync())
            {
                return true;
            }
            await page.Locator("[data-testid='language-menu'] button").ClickAsync();
            try
            {
                await item.WaitForAsync(new() { Timeout = 2_000 });
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }, Deadline, "the language menu to open", TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement[]> AuditAsync()
    {
        using var client = new HttpClient { BaseAddress = app.Console.Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/audit?action=preferences.changed", UriKind.Relative)));
        return [.. document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }
}
