using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>
/// A malformed board file, next to the shipped ones, in a console of its own: its page shows the file's
/// errors (file:line:column field: reason), the navigation marks it, the log names it, the other boards keep
/// working, and fixing the file shows the board on the open page without a reload.
/// </summary>
[Collection(SharedFleet.Name)]
public sealed class BrokenBoardTests(ConsoleWithFleet app) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private const string Broken = """
        id: broken
        title: { zh-CN: 坏看板, en: Broken board }
        panels:
          - id: online
            title: { zh-CN: 在线, en: Online }
            type: stat
            grid: { x: 0, y: 0, w: 6, h: 4 }
            targets:
              - expr: sum(robot_online_count)
            options: { unit: percnt }
        """;

    private readonly TemporaryDirectory _boards = new("boards");
    private ConsoleServer? _console;

    public async ValueTask InitializeAsync()
    {
        foreach (var file in Directory.GetFiles(BoardFiles.Folder))
        {
            File.Copy(file, _boards.Combine(Path.GetFileName(file)));
        }
        await File.WriteAllTextAsync(_boards.Combine("broken.yaml"), Broken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            ["Prometheus:Url"] = app.Stack.Prometheus.Url.ToString(),
            ["Boards:Directory"] = _boards.Path,
            ["Boards:Debounce"] = "00:00:00.200",
            ["OpsConsole:HealthCheckInterval"] = "00:00:01",
            ["PanelFeed:DefaultMinStep"] = "00:00:05",
        }, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
        _boards.Dispose();
    }

    [Fact]
    public async Task A_broken_board_shows_its_errors_in_the_page_and_the_log_while_the_others_work()
    {
        var console = _console!;
        var page = await app.Chromium.OpenAsync(console.KioskUrl);
        await page.GotoAsync(new Uri(console.Url, "boards/broken").ToString());

        var error = page.Locator("[data-testid='board-error']").First;
        await Eventually.Until(async _ => await error.IsVisibleAsync(), Deadline, "the board file's error", TestContext.Current.CancellationToken);
        var text = await error.InnerTextAsync();
        Assert.StartsWith("broken.yaml:10:", text, StringComparison.Ordinal);
        Assert.Contains("panels[0].options.unit", text, StringComparison.Ordinal);
        Assert.Contains("percnt", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid='nav-broken'][data-broken='true']").CountAsync());
        Assert.Contains("broken.yaml", console.Output, StringComparison.Ordinal);

        // The other boards are untouched: the robot health board shows live values.
        var other = await app.Chromium.OpenAsync(console.KioskUrl);
        var onlineRate = other.Locator("[data-panel-id='fleet-online-rate'] [data-testid='stat-value']");
        await Eventually.Until(async _ => RobotHealthBoardTests.PercentOrNull(await onlineRate.InnerTextAsync()) is not null,
            Deadline, "the robot health board's online rate", TestContext.Current.CancellationToken);

        // Fixed on disk: the open page shows the board without a reload.
        await page.EvaluateAsync("() => { window.__openedOnce = true; }");
        await File.WriteAllTextAsync(_boards.Combine("broken.yaml"), Broken.Replace("percnt", "count", StringComparison.Ordinal));
        await Eventually.Until(async _ => await page.Locator("[data-panel-id='online'][data-drew='true']").CountAsync() == 1,
            Deadline, "the fixed board to draw on the open page", TestContext.Current.CancellationToken);
        Assert.Equal(0, await page.Locator("[data-testid='board-error']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__openedOnce === true"));
    }
}
