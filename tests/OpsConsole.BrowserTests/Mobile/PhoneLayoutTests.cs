using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>The shell on a 390×844 touch phone: nothing wider than the screen on any page, one menu, a drawer over the page, installable.</summary>
[Collection(PhoneCollection.Name)]
public sealed class PhoneLayoutTests(PhoneStack app)
{
    [Fact]
    public async Task No_page_route_is_wider_than_a_phone_screen()
    {
        var routes = AppRoutes.Templates();
        // Guards against a vacuous pass: the read found the app's pages, parameters included.
        Assert.Contains("/alerts/{Fingerprint}", routes);
        Assert.Contains("/boards/{BoardId}", routes);
        Assert.True(routes.Count >= 8, string.Join(", ", routes));

        // Long unbroken text is what overflows a phone: a label value and a summary with no spaces.
        var labels = new Dictionary<string, string>
        {
            ["alertname"] = "PhoneOverflowProbeWithAQuiteLongAlertNameThatDoesNotBreak",
            ["severity"] = "warning",
            ["instance"] = "robot-data-service-0.robot-data-service.production.svc.cluster.local:9464",
            ["pod"] = new string('x', 120),
        };
        await app.PostAlertAsync(labels, new Dictionary<string, string>
        {
            ["summary"] = "Checkpoint_duration_above_the_threshold_" + new string('y', 100),
            ["description"] = "See https://runbooks.example.invalid/" + new string('z', 150),
        });
        var fingerprint = await app.FingerprintOnceListedAsync(labels["alertname"]);
        var silenceId = (await app.Alertmanager.AmtoolAsync(
            ["silence", "add", "alertname=PhoneOverflowSilence", "--comment=layout probe", "--duration=1h"], TestContext.Current.CancellationToken)).Trim();
        var values = new Dictionary<string, string>
        {
            ["boardid"] = "overview",
            ["fingerprint"] = fingerprint,
            ["id"] = silenceId,
        };

        var problems = new List<string>();
        var page = await Phone.OpenAsync(app.Chromium);
        await CheckAsync(page, "/account/sign-in", problems);
        await page.GotoAsync(new Uri(app.Console.Url, "account/sign-in?returnUrl=%2Falerts").ToString());
        await Phone.SignInAsync(page, ConsoleServer.Credentials.Admin);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/alerts");
        foreach (var template in routes)
        {
            await CheckAsync(page, AppRoutes.Fill(template, values), problems);
        }

        Assert.True(problems.Count == 0, "Wider than the phone:\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task The_top_bar_keeps_the_name_shows_health_as_an_icon_and_folds_the_rest_into_one_menu()
    {
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Operator, "/alerts");
        await page.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();

        Assert.True(await page.Locator("[data-testid='product-name']").IsVisibleAsync());
        Assert.False(await page.Locator(".oc-subtitle").IsVisibleAsync());
        var chip = await page.Locator("[data-testid='prometheus-health']").BoundingBoxAsync();
        Assert.NotNull(chip);
        Assert.True(chip.Width <= 40, $"the health chip is {chip.Width}px wide: an icon only");
        var bar = await page.Locator(".oc-appbar").BoundingBoxAsync();
        Assert.True(bar!.Height <= 64, $"the top bar is {bar.Height}px high: one line");
        foreach (var desk in new[] { "language-menu", "theme-toggle", "user-name", "sign-out" })
        {
            Assert.False(await page.Locator($"[data-testid='{desk}']").IsVisibleAsync(), $"{desk} should be in the phone menu");
        }

        await page.Locator("[data-testid='phone-menu'] button").First.TapAsync();
        await page.Locator("[data-testid='phone-user']").WaitForAsync();
        Assert.Contains(ConsoleServer.Credentials.Operator, await page.Locator("[data-testid='phone-user']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid='phone-language-en']").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid='phone-theme-auto']").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid='phone-sign-out']").IsVisibleAsync());
        var menuOverflow = await Phone.OverflowAsync(page);
        Assert.True(menuOverflow.Fits, $"with the menu open: {menuOverflow}");

        await page.Locator("[data-testid='phone-theme-auto']").TapAsync();
        await Eventually.Until(async _ => (await page.Context.CookiesAsync()).Any(c => c is { Name: "opsconsole-theme", Value: "auto" }),
            TimeSpan.FromSeconds(10), "the auto theme remembered in the cookie", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_drawer_opens_over_the_page()
    {
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Viewer, "/alerts");
        await page.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();
        var content = page.Locator(".mud-main-content");
        var before = await content.BoundingBoxAsync();
        var navAlerts = page.Locator("[data-testid='nav-alerts']");
        if (!await navAlerts.IsVisibleAsync())
        {
            await page.Locator(".oc-appbar button").First.TapAsync();
        }
        await navAlerts.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        var after = await content.BoundingBoxAsync();
        Assert.Equal(before!.X, after!.X);
        Assert.Equal(Phone.Width, (int)Math.Round(after.Width));
        await Phone.AssertFitsAsync(page);
    }

    [Fact]
    public async Task The_console_can_be_installed_with_its_own_icons()
    {
        var page = await Phone.OpenAsync(app.Chromium);
        await page.GotoAsync(new Uri(app.Console.Url, "account/sign-in").ToString());

        // Fetched as the browser fetches a manifest: before anyone signed in.
        var manifest = await page.EvaluateAsync<JsonElement>("async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json()");
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        Assert.StartsWith("#", manifest.GetProperty("theme_color").GetString(), StringComparison.Ordinal);
        var icons = manifest.GetProperty("icons").EnumerateArray()
            .Where(i => i.GetProperty("type").GetString() == "image/png")
            .Select(i => (Src: i.GetProperty("src").GetString()!, Size: int.Parse(i.GetProperty("sizes").GetString()!.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Contains(icons, i => i.Size == 192);
        Assert.Contains(icons, i => i.Size == 512);
        foreach (var (src, size) in icons)
        {
            var width = await page.EvaluateAsync<int>("""
                src => new Promise(resolve => {
                    const image = new Image();
                    image.onload = () => resolve(image.naturalWidth);
                    image.onerror = () => resolve(-1);
                    image.src = new URL(src, document.querySelector('link[rel=manifest]').href).href;
                })
                """, src);
            Assert.Equal(size, width);
        }
        Assert.NotNull(await page.GetAttributeAsync("meta[name='theme-color']", "content"));
        Assert.NotNull(await page.GetAttributeAsync("link[rel='apple-touch-icon']", "href"));
    }

    private async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        await page.GotoAsync(new Uri(app.Console.Url, path.TrimStart('/')).ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var overflow = await Phone.OverflowAsync(page);
        if (!overflow.Fits)
        {
            problems.Add($"{path}: {overflow}");
        }
    }
}
