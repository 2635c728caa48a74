using Microsoft.Playwright;
using OpsConsole.Core.Capacity;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Capacity;

/// <summary>An operator opens /capacity on the real stack while every capacity ramp runs.</summary>
[Collection(SharedFleet.Name)]
public sealed class CapacityPageTests(ConsoleWithFleet app)
{
    // robot-online-growth compares with 10 minutes ago (offset 10m), so it has no value until Prometheus holds
    // 10 minutes of the fleet; on a fresh stack that alone takes 10 minutes, and the fits need a few samples more.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(16);

    [Fact]
    public async Task Every_trigger_of_the_capacity_file_shows_a_value_and_a_time_to_breach_while_the_capacity_ramps_run()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var file = await CapacityFileLoader.LoadDirectoryAsync(RepositoryPaths.Combine("deploy", "capacity"), cancellation);
        var expected = file.SelectMany(f => f.Triggers).Select(t => t.Id).ToList();
        Assert.True(file.All(f => f.IsValid) && expected.Count >= 6, $"deploy/capacity should hold the seed's triggers; read {string.Join(", ", expected)}");

        // Each ramp makes its quantity climb in a line toward the trigger, so every fit is certain to head for it.
        app.Stack.Simulator.Scenarios.Activate(ScenarioNames.CapacityAll);
        try
        {
            var page = await app.Chromium.SignedInAsync(app.Console.Url, ConsoleServer.Credentials.Viewer, "/capacity");
            var rows = page.Locator("[data-testid='capacity-row']");
            await Eventually.Seen(async _ => await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.trigger)"),
                shown => shown.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)), TimeSpan.FromSeconds(60),
                $"one row per trigger of deploy/capacity ({string.Join(", ", expected)})", cancellation, app.Console);

            // One string per row (Playwright maps JS objects only onto classes with a parameterless constructor).
            var states = await Eventually.Seen(async _ => RowStates.Parse(await rows.EvaluateAllAsync<string[]>(
                    """
                    rows => rows.map(r => [
                        r.dataset.trigger,
                        r.dataset.hasValue,
                        r.dataset.breach,
                        r.querySelector("[data-testid='capacity-value']").innerText.trim(),
                        r.querySelector("[data-testid='capacity-breach-text']").innerText.trim(),
                    ].join('\u001f'))
                    """)),
                shown => shown.Rows.Count == expected.Count && shown.Rows.All(s => s.HasValue && s.Breach is "range" or "breached"),
                Deadline, "every trigger with a value and a time to breach (range, or breached)", cancellation,
                app.Console, app.Stack.Prometheus);

            foreach (var state in states.Rows)
            {
                Assert.False(string.IsNullOrWhiteSpace(state.Value), $"{state.Trigger} shows no value");
                Assert.NotEqual("—", state.Value);
                Assert.False(string.IsNullOrWhiteSpace(state.TimeToBreach), $"{state.Trigger} shows no time to breach");
                Assert.NotEqual("—", state.TimeToBreach);
            }

            Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "capacity.png"),
                FullPage = true,
            });
        }
        finally
        {
            app.Stack.Simulator.Scenarios.Deactivate(ScenarioNames.CapacityAll);
        }
    }

    private sealed record RowState(string Trigger, bool HasValue, string Breach, string Value, string TimeToBreach);

    /// <summary>What the rows showed, one line each, for the timeout message.</summary>
    private sealed record RowStates(IReadOnlyList<RowState> Rows)
    {
        public static RowStates Parse(string[] rows) =>
            new([.. rows.Select(row => row.Split('\u001f')).Select(f => new RowState(f[0], f[1] == "true", f[2], f[3], f[4]))]);

        public override string ToString() =>
            string.Join("; ", Rows.Select(r => $"{r.Trigger}: value {r.Value}, {r.Breach} \"{r.TimeToBreach}\""));
    }
}
