using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Alerts;

/// <summary>An operator acknowledges an alert from the list with a note; the row says who did it, and Alertmanager holds the silence.</summary>
public sealed class AcknowledgeTests(ConsoleWithAlertmanager app) : IClassFixture<ConsoleWithAlertmanager>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Operator_acknowledges_with_a_note_and_the_row_shows_who_without_a_reload()
    {
        await app.Alertmanager.PostAlertsAsync(JsonSerializer.Serialize(new[]
        {
            new
            {
                labels = new Dictionary<string, string> { ["alertname"] = "RedisMemoryHigh", ["service"] = "redis", ["severity"] = "warning" },
                annotations = new Dictionary<string, string> { ["summary"] = "Redis memory above 90 %" },
            },
        }), TestContext.Current.CancellationToken);
        var page = await app.SignInAndOpenAsync("/alerts", ConsoleServer.Credentials.Operator);
        await page.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();
        await page.EvaluateAsync("() => { window.__openedOnce = true; }");
        var row = page.Locator("[data-testid='alert-row']").Filter(new() { HasText = "RedisMemoryHigh" });
        await Eventually.Until(async _ => await row.CountAsync() == 1, Deadline, "the alert in the list", TestContext.Current.CancellationToken);

        await row.Locator("[data-testid='ack-button']").ClickAsync();
        await page.FillAsync("[data-testid='ack-note'] textarea", "rebuilding the replica");
        await page.ClickAsync("[data-testid='ack-confirm']");

        var ackState = row.Locator("[data-testid='ack-state']");
        await Eventually.Until(async _ => await ackState.CountAsync() == 1, Deadline, "the acknowledgement on the row", TestContext.Current.CancellationToken);
        // The browser reads zh-CN (Chromium.OpenAsync): "operator 已确认，0 秒前".
        Assert.Contains($"{ConsoleServer.Credentials.Operator} 已确认", await ackState.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await row.Locator("[data-testid='unack-button']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__openedOnce === true"));

        var silences = await app.Alertmanager.AmtoolAsync(["silence", "query", "-o", "json"], TestContext.Current.CancellationToken);
        using var listed = JsonDocument.Parse(silences);
        Assert.Contains(listed.RootElement.EnumerateArray(), s =>
            s.GetProperty("createdBy").GetString() == ConsoleServer.Credentials.Operator
            && s.GetProperty("comment").GetString() == "rebuilding the replica");
    }
}
