using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>Chromium emulating a phone: 390×844 CSS pixels, touch, a mobile viewport, zh-CN, as the on-call engineer's.</summary>
internal static class Phone
{
    public const int Width = 390;
    public const int Height = 844;

    public static BrowserNewContextOptions Options => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        DeviceScaleFactor = 3,
        IsMobile = true,
        HasTouch = true,
        Locale = "zh-CN",
        UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
    };

    /// <summary>A fresh phone (no cookies: signed out).</summary>
    public static async Task<IPage> OpenAsync(Chromium chromium)
    {
        var context = await chromium.Browser.NewContextAsync(Options);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Chromium.ActionTimeout.TotalMilliseconds);
        page.SetDefaultNavigationTimeout((float)Chromium.ActionTimeout.TotalMilliseconds);
        return page;
    }

    /// <summary>Fills and submits the sign-in form the page is on.</summary>
    public static async Task SignInAsync(IPage page, string user)
    {
        await page.FillAsync("[data-testid='sign-in-user']", user);
        await page.FillAsync("[data-testid='sign-in-password']", ConsoleServer.Credentials.Password);
        await page.TapAsync("[data-testid='sign-in-submit']");
    }

    /// <summary>A fresh phone signed in as <paramref name="user"/>, on <paramref name="path"/>.</summary>
    public static async Task<IPage> SignedInAsync(Chromium chromium, Uri console, string user, string path)
    {
        var page = await OpenAsync(chromium);
        await page.GotoAsync(new Uri(console, $"account/sign-in?returnUrl={Uri.EscapeDataString(path)}").ToString());
        await SignInAsync(page, user);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path, new PageWaitForURLOptions { Timeout = 30_000 });
        return page;
    }

    /// <summary>How far the document is wider than the viewport (0 when nothing overflows), and the widest culprit.</summary>
    public static Task<Overflow> OverflowAsync(IPage page) =>
        page.EvaluateAsync<Overflow>("""
            () => {
                const width = window.innerWidth;
                const scroll = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
                let culprit = '';
                let right = width;
                for (const element of document.body.querySelectorAll('*')) {
                    const box = element.getBoundingClientRect();
                    if (box.width > 0 && box.right > right + 0.5) {
                        right = box.right;
                        culprit = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} [${element.dataset.testid ?? ''}] right=${Math.round(box.right)}`;
                    }
                }
                return { innerWidth: width, scrollWidth: scroll, culprit };
            }
            """);

    public static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await OverflowAsync(page);
        Assert.True(overflow.Fits, $"{new Uri(page.Url).PathAndQuery} is wider than the phone: {overflow}");
    }

    internal sealed class Overflow
    {
        public int InnerWidth { get; set; }

        public int ScrollWidth { get; set; }

        public string Culprit { get; set; } = string.Empty;

        public bool Fits => ScrollWidth <= InnerWidth;

        public override string ToString() => $"scrollWidth {ScrollWidth}, innerWidth {InnerWidth}, widest: {Culprit}";
    }
}
