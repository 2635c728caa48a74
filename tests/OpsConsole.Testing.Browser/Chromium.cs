using OpsConsole.Testing;
using Microsoft.Playwright;

namespace OpsConsole.Testing.Browser;

/// <summary>Debian's Chromium driven by Playwright; nothing is downloaded.</summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>
    /// Playwright's own bound for one action (a click, a screenshot, a navigation). Generous: the machine is shared and
    /// a passing action never waits this long; what a test waits *for* is bounded by its own Eventually deadline.
    /// </summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(90);

    /// <param name="timeZone">The browser's own zone (an IANA id); null keeps the machine's.</param>
    /// <param name="locale">The browser's language; zh-CN, the console's default, unless a test needs them to differ.</param>
    public async Task<IPage> OpenAsync(Uri url, ViewportSize? viewport = null, string? timeZone = null, string locale = "zh-CN")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1600, Height = 1000 },
            Locale = locale,
            TimezoneId = timeZone,
        });
        page.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        page.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
        await page.GotoAsync(url.ToString());
        return page;
    }

    /// <summary>Opens the sign-in form with a return path and signs in as <paramref name="user"/>; the page ends on <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInAsync(Uri console, string user, string path, ViewportSize? viewport = null)
    {
        var page = await OpenAsync(new Uri(console, $"account/sign-in?returnUrl={Uri.EscapeDataString(path)}"), viewport);
        await page.FillAsync("[data-testid='sign-in-user']", user);
        await page.FillAsync("[data-testid='sign-in-password']", ConsoleServer.Credentials.Password);
        await page.ClickAsync("[data-testid='sign-in-submit']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
