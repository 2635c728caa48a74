using Microsoft.Playwright;
using OpsConsole.Core.Slo;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Slo;

/// <summary>
/// /slo in a console of its own over a folder holding the shipped SLO files and one broken file, against the shared
/// stack (whose Prometheus runs the generated SLO rules): every SLO is listed with live numbers, the broken file
/// shows its error (file, line, field) in its own row, and an SLO's detail shows its budget and alerts.
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class SloPageTests(ConsoleWithFleet app) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    // Line 4: an objective written as a fraction; the loader says where and what to write instead.
    private const string Broken = """
        id: broken-objective
        name: { zh-CN: 坏 SLO, en: Broken SLO }
        service: webhook-service
        objective: 0.999
        window: 30d
        indicator:
          errors: robot_command_failures_total
          total: robot_commands_total
        """;

    private readonly TemporaryDirectory _slos = new("slo");
    private ConsoleServer? _console;

    public async ValueTask InitializeAsync()
    {
        foreach (var file in Directory.GetFiles(ShippedFolder))
        {
            File.Copy(file, _slos.Combine(Path.GetFileName(file)));
        }
        await File.WriteAllTextAsync(_slos.Combine("broken.yaml"), Broken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            ["Prometheus:Url"] = app.Stack.Prometheus.Url.ToString(),
            ["Slo:Directory"] = _slos.Path,
            ["Slo:Refresh"] = "00:00:02",
            ["OpsConsole:HealthCheckInterval"] = "00:00:01",
        }, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
        _slos.Dispose();
    }

    private static string ShippedFolder => RepositoryPaths.Combine("deploy", "slo");

    [Fact]
    public async Task Every_SLO_is_listed_with_its_numbers_and_the_broken_file_shows_its_error_in_its_own_row()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var console = _console!;
        var shipped = (await SloFileLoader.LoadDirectoryAsync(ShippedFolder, cancellation)).Select(r => r.Slo!.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shipped);

        var page = await app.Chromium.SignedInAsync(console.Url, ConsoleServer.Credentials.Viewer, "/slo");
        var rows = page.Locator("[data-testid='slo-row']");
        // Every shipped SLO, each with numbers from its recording rules (not loading, not "no data").
        var states = await Eventually.Seen(
            async _ => await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.slo + '=' + r.dataset.state)"),
            seen => seen.Length == shipped.Count && seen.All(s => s.EndsWith("=ok", StringComparison.Ordinal)),
            Deadline, $"the {shipped.Count} shipped SLOs listed with live numbers", cancellation, console);
        Assert.Equal(shipped, states.Select(s => s[..s.IndexOf('=', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));

        var error = page.Locator("[data-testid='slo-error-row'][data-file='broken.yaml'] [data-testid='slo-error']");
        Assert.Equal(1, await error.CountAsync());
        var text = await error.InnerTextAsync();
        Assert.StartsWith("broken.yaml:4:", text, StringComparison.Ordinal);
        Assert.Contains("objective", text, StringComparison.Ordinal);
        Assert.Contains("99.9", text, StringComparison.Ordinal);
        Assert.Equal("objective", await error.GetAttributeAsync("data-field"));

        // Sorted by budget remaining, lowest first.
        var budgets = await page.Locator("[data-testid='slo-row'] [data-testid='slo-budget']")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
        var values = budgets.Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.Order(), values);
        var all = await page.Locator("[data-testid='slo-page']").InnerTextAsync();
        Assert.DoesNotContain("NaN", all, StringComparison.Ordinal);

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "slo.png"), FullPage = true });

        // The detail: budget as a percentage and as downtime, one row per burn-rate window, both alerts' states.
        await page.Locator("[data-testid='slo-row'][data-slo='webhook-availability'] [data-testid='slo-link']").ClickAsync();
        var budget = page.Locator("[data-testid='slo-tile-budget'] [data-testid='slo-tile-value']");
        await Eventually.Until(async _ => (await budget.InnerTextAsync()).EndsWith(" %", StringComparison.Ordinal), Deadline,
            "the webhook SLO's budget remaining tile", cancellation, console);
        Assert.EndsWith(" %", await page.Locator("[data-testid='slo-tile-availability'] [data-testid='slo-tile-value']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(BurnRateWindow.Standard.Count, await page.Locator("[data-testid='slo-burn-row']").CountAsync());
        Assert.Equal(["page", "ticket"], await page.Locator("[data-testid='slo-alert']").EvaluateAllAsync<string[]>("a => a.map(e => e.dataset.kind)"));
        // The burn-down spans the whole 30 days at a 1 h step, so a stack minutes old has no point on it yet: what can be
        // seen is that the shared feed answered the panel's query of the budget series, without an error.
        var burnDown = page.Locator("[data-testid='slo-burn-down'] [data-panel-id='budget-webhook-availability']");
        await Eventually.Until(async _ => await burnDown.GetAttributeAsync("data-has-value") == "true", Deadline,
            "the budget burn-down graph's first answer", cancellation, console);
        Assert.Equal("false", await burnDown.GetAttributeAsync("data-stale"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "slo-detail.png"), FullPage = true });
    }
}
