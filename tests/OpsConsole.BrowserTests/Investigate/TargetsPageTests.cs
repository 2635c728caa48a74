using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Investigate;

/// <summary>An operator watches the targets page while the fleet changes: a pod joins, then dies.</summary>
[Collection(InvestigateCollection.Name)]
public sealed class TargetsPageTests(InvestigateFleet app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>The seed's promise: a new instance is on screen within 30 s of discovery.</summary>
    private static readonly TimeSpan DiscoveryPromise = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_target_Prometheus_scrapes_is_listed_by_pool()
    {
        var page = await OpenAsync("/targets");
        var prometheus = await PrometheusApi.ActiveInstancesAsync(app.Stack.Prometheus.Url, TestContext.Current.CancellationToken);

        var rows = page.Locator("[data-testid='target-row']");
        await Eventually.Seen(async _ => await rows.CountAsync(), count => count == prometheus.Count, Deadline,
            $"the page to list Prometheus's {prometheus.Count} active targets", TestContext.Current.CancellationToken, app.Console);
        var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.instance)");
        Assert.Equal(prometheus.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    /// <summary>The fleet's config has pools whose discovery file nobody wrote (alertmanager, opsconsole): they must show, empty.</summary>
    [Fact]
    public async Task Every_configured_pool_is_listed_and_one_whose_discovery_found_nothing_says_so()
    {
        var configured = Regex.Matches(await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "prometheus", "prometheus.local.yml"),
                TestContext.Current.CancellationToken), @"^\s*- job_name: (\S+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();
        var page = await OpenAsync("/targets");

        var pools = page.Locator("[data-testid='target-pool']");
        await Eventually.Seen(async _ => await pools.EvaluateAllAsync<string[]>("pools => pools.map(p => p.dataset.pool)"),
            shown => shown.Order(StringComparer.Ordinal).SequenceEqual(configured), Deadline,
            $"the page to list the {configured.Length} pools of prometheus.local.yml", TestContext.Current.CancellationToken, app.Console);
        var empty = page.Locator("[data-testid='target-pool'][data-pool='opsconsole']");
        await Assertions.Expect(empty.GetByTestId("pool-up")).ToHaveTextAsync(new Regex(@"0\s*/\s*0"));
        await Assertions.Expect(empty.GetByTestId("pool-empty")).ToBeVisibleAsync();
        Assert.Equal(0, await empty.Locator("[data-testid='target-row']").CountAsync());
    }

    [Fact]
    public async Task A_joining_pod_is_shown_with_the_time_it_appeared_and_a_dying_one_turns_down_with_its_error_while_the_filter_stays()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var page = await OpenAsync("/targets");
        await page.Locator("[data-testid='target-row']").First.WaitForAsync();

        var pod = await app.Stack.Simulator.AddWebhookPodAsync(cancellation);
        await Eventually.Until(async ct => (await PrometheusApi.ActiveInstancesAsync(app.Stack.Prometheus.Url, ct)).Contains(pod.Instance),
            Deadline, $"Prometheus to discover {pod.Instance}", cancellation, app.Stack.Prometheus);
        var discovered = DateTimeOffset.UtcNow;

        var row = page.Locator($"[data-testid='target-row'][data-instance='{pod.Instance}']");
        var appeared = row.Locator("[data-testid='target-appeared']");
        await Eventually.Until(async _ => await appeared.CountAsync() == 1, DiscoveryPromise,
            $"{pod.Instance} on the page, marked with the time it joined, within 30 s of its discovery", cancellation, app.Console);
        Assert.True(DateTimeOffset.UtcNow - discovered <= DiscoveryPromise, $"shown {DateTimeOffset.UtcNow - discovered} after discovery");
        var joinedText = await appeared.InnerTextAsync();
        Assert.Matches(@"\d\d:\d\d:\d\d", joinedText);
        var change = page.Locator($"[data-testid='target-change'][data-kind='appeared'][data-instance='{pod.Instance}']");
        Assert.Equal(1, await change.CountAsync());
        var webhookPods = (await PrometheusApi.ActiveInstancesAsync(app.Stack.Prometheus.Url, cancellation)).Count(i => app.Stack.Simulator.Targets.Any(t => t.Instance == i && t.Job == pod.Job));

        // Filter to the new pod; the URL carries the filter.
        await page.Locator("[data-testid='targets-filter-text'] input").FillAsync(pod.Instance);
        await Eventually.Until(async _ => page.Url.Contains("q=" + Uri.EscapeDataString(pod.Instance), StringComparison.Ordinal)
            && await page.Locator("[data-testid='target-row']").CountAsync() == 1, Deadline,
            $"only {pod.Instance} listed and the filter in the URL (at {page.Url})", cancellation);

        // The pod's process dies; discovery still lists it. The live update turns it down with Prometheus's error,
        // and the filter is still there.
        await app.Stack.Simulator.CrashTargetAsync(pod.Instance, cancellation);
        await Eventually.Until(async _ => await row.GetAttributeAsync("data-health") == "down", Deadline,
            $"{pod.Instance} to turn down", cancellation, app.Console, app.Stack.Prometheus);
        var error = page.Locator($"[data-testid='target-error-row'][data-instance='{pod.Instance}']");
        Assert.Contains("connection refused", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(pod.Instance, await page.Locator("[data-testid='targets-filter-text'] input").InputValueAsync());
        Assert.Equal(1, await page.Locator("[data-testid='target-row']").CountAsync());
        Assert.Contains($"{webhookPods - 1} / {webhookPods}", await page.Locator("[data-testid='target-pool'][data-pool='webhook-service'] [data-testid='pool-up']").InnerTextAsync(), StringComparison.Ordinal);

        var everyTarget = (await PrometheusApi.ActiveInstancesAsync(app.Stack.Prometheus.Url, cancellation)).Count;
        await page.Locator("[data-testid='targets-filter-text'] input").FillAsync(string.Empty);
        await Eventually.Until(async _ => await page.Locator("[data-testid='target-row']").CountAsync() == everyTarget, Deadline,
            $"all {everyTarget} targets listed again once the filter is cleared", cancellation);
        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "targets.png"), FullPage = true });
        await page.Locator("[data-testid='targets-filter-text'] input").FillAsync(pod.Instance);
        await Eventually.Until(() => page.Url.Contains("q=" + Uri.EscapeDataString(pod.Instance), StringComparison.Ordinal), Deadline,
            $"the filter back in the URL (at {page.Url})", cancellation);

        // A reload (or a shared link) keeps the filter.
        await page.ReloadAsync();
        await page.Locator($"[data-testid='target-row'][data-instance='{pod.Instance}'][data-health='down']").WaitForAsync();
        Assert.Equal(1, await page.Locator("[data-testid='target-row']").CountAsync());
        Assert.Equal(pod.Instance, await page.Locator("[data-testid='targets-filter-text'] input").InputValueAsync());
    }

    private Task<IPage> OpenAsync(string path) => app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, path);
}
