using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Mobile;

/// <summary>The on-call engineer's phone: a notification's link into the console, compact alert cards, one-tap actions.</summary>
[Collection(PhoneCollection.Name)]
public sealed partial class PhoneAlertTests(PhoneStack app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_notification_link_survives_sign_in_and_acknowledges_with_one_tap()
    {
        const string name = "PhoneDeepLinkProbe";
        var labels = new Dictionary<string, string> { ["alertname"] = name, ["service"] = "robot-data-service", ["severity"] = "critical" };
        var annotations = new Dictionary<string, string> { ["summary"] = "Command failure rate above 5 %" };
        await app.PostAlertAsync(labels, annotations);
        var fingerprint = await app.FingerprintOnceListedAsync(name);

        // The link exactly as the e-mail template renders it for this alert (with the test console's address).
        var mail = await NotificationTemplates.RenderAsync(
            "opsconsole.email.text", NotificationTemplates.FiringData(fingerprint, labels, annotations), app.Console.Url, TestContext.Current.CancellationToken);
        var link = AckLink().Match(mail);
        Assert.True(link.Success, mail);
        Assert.Equal(new Uri(app.Console.Url, $"alerts/{fingerprint}?ack=1"), new Uri(link.Value));

        var page = await Phone.OpenAsync(app.Chromium);
        await page.GotoAsync(link.Value);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/sign-in");
        await Phone.SignInAsync(page, ConsoleServer.Credentials.Operator);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == $"/alerts/{fingerprint}?ack=1", new() { Timeout = 30_000 });

        var panel = page.Locator("[data-testid='ack-panel'][data-highlight='true'][data-live='true']");
        await panel.WaitForAsync();
        // Opening the link acknowledged nothing: the tap does.
        Assert.DoesNotContain(await app.SilencesAsync(), s => IsOperatorsSilenceOf(s, name));
        await Phone.AssertFitsAsync(page);

        await page.Locator("[data-testid='ack-panel-confirm']").TapAsync();

        var ackState = page.Locator("[data-testid='ack-state']");
        await ackState.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains($"{ConsoleServer.Credentials.Operator} 已确认", await ackState.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid='ack-panel']").CountAsync());
        Assert.Contains(await app.SilencesAsync(), s => IsOperatorsSilenceOf(s, name) && s.GetProperty("status").GetProperty("state").GetString() == "active");
    }

    [Fact]
    public async Task Alert_cards_fold_their_labels_and_act_in_a_tap()
    {
        var ackName = "PhoneCardAckProbe";
        var silenceName = "PhoneCardSilenceProbe";
        foreach (var name in new[] { ackName, silenceName })
        {
            await app.PostAlertAsync(
                new Dictionary<string, string>
                {
                    ["alertname"] = name, ["severity"] = "warning", ["service"] = "flink",
                    ["job"] = "flink-taskmanager", ["instance"] = "flink-taskmanager-3:9249", ["team"] = "streaming",
                },
                new Dictionary<string, string>
                {
                    ["summary"] = "Checkpoint duration above 60 s",
                    ["description"] = "The last three checkpoints of the order-events job took longer than a minute.",
                });
            await app.FingerprintOnceListedAsync(name);
        }
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Operator, "/alerts");
        await page.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();
        var card = page.Locator("[data-testid='alert-row']").Filter(new() { HasText = ackName });
        await card.WaitForAsync();

        // Compact: severity, name, age and summary; labels, description and links folded.
        foreach (var shown in new[] { "alert-severity", "alert-name", "alert-age", "alert-summary", "ack-now", "silence-quick" })
        {
            Assert.True(await card.Locator($"[data-testid='{shown}']").IsVisibleAsync(), $"{shown} on the card");
        }
        Assert.False(await card.Locator("[data-testid='alert-labels']").IsVisibleAsync());
        Assert.False(await card.Locator("[data-testid='alert-description']").IsVisibleAsync());
        Assert.False(await card.Locator("[data-testid='ack-button']").IsVisibleAsync());
        var ackBox = (await card.Locator("[data-testid='ack-now']").BoundingBoxAsync())!;
        Assert.True(ackBox.Height >= 44, $"Ack is {ackBox.Height}px high: thumb size");
        await card.Locator("[data-testid='alert-fold-toggle']").TapAsync();
        await card.Locator("[data-testid='alert-labels']").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("team=streaming", await card.Locator("[data-testid='alert-labels']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("sticky", await page.Locator(".oc-sticky-filter").EvaluateAsync<string>("e => getComputedStyle(e).position"));

        Directory.CreateDirectory(RobotHealthBoardTests.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RobotHealthBoardTests.ScreenshotDirectory, "phone-alerts.png") });
        await Phone.AssertFitsAsync(page);

        // One tap acknowledges.
        await card.Locator("[data-testid='ack-now']").TapAsync();
        await card.Locator("[data-testid='ack-state']").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains(await app.SilencesAsync(), s => IsOperatorsSilenceOf(s, ackName));

        // Silence: one tap opens the presets, one tap on a preset silences exactly this alert.
        var silenceCard = page.Locator("[data-testid='alert-row']").Filter(new() { HasText = silenceName });
        await silenceCard.Locator("[data-testid='silence-quick']").TapAsync();
        var preset = page.Locator("[data-testid='quick-silence-1h']");
        await preset.WaitForAsync();
        // The dialog opens with a scale animation: the preset's size is read once it has settled at thumb size.
        await Eventually.Seen(
            async _ => await preset.BoundingBoxAsync() is { } box ? (Width: box.Width, Height: box.Height) : (Width: 0f, Height: 0f),
            size => size.Height >= 44 && size.Width >= 64,
            Deadline, "a silence preset of thumb size (at least 64×44 px)", TestContext.Current.CancellationToken);
        await preset.TapAsync();
        await silenceCard.Locator("[data-testid='silence-state']").WaitForAsync(new() { Timeout = 30_000 });
        var silence = Assert.Single(await app.SilencesAsync(), s => IsOperatorsSilenceOf(s, silenceName));
        var length = silence.GetProperty("endsAt").GetDateTimeOffset() - silence.GetProperty("startsAt").GetDateTimeOffset();
        Assert.InRange(length, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task A_link_to_a_resolved_alert_still_opens_it_from_history()
    {
        const string name = "PhoneResolvedProbe";
        var labels = new Dictionary<string, string> { ["alertname"] = name, ["severity"] = "critical", ["service"] = "kafka" };
        var annotations = new Dictionary<string, string> { ["summary"] = "Consumer lag above 100k" };
        await app.PostAlertAsync(labels, annotations);
        var fingerprint = await app.FingerprintOnceListedAsync(name);
        await app.PostAlertAsync(labels, annotations, endsAt: DateTimeOffset.UtcNow.AddSeconds(-1));
        await Eventually.Until(async ct => (await app.ListedAsync(ct)).All(a => a.Fingerprint != fingerprint), Deadline,
            $"the console to drop the resolved {name}", TestContext.Current.CancellationToken);

        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Operator, $"/alerts/{fingerprint}?ack=1");

        var fromHistory = page.Locator("[data-testid='alert-from-history'][data-state='resolved']");
        await Eventually.Until(async _ =>
        {
            if (await fromHistory.CountAsync() == 0)
            {
                // The recorder may store the resolution a moment after the stream dropped the alert.
                await page.ReloadAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
            return await fromHistory.CountAsync() == 1;
        }, Deadline, "the resolved alert read from history", TestContext.Current.CancellationToken);
        Assert.Equal(name, (await page.Locator("[data-testid='alert-detail-name']").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("[data-testid='ack-not-needed']").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-testid='ack-panel']").CountAsync());
        await Phone.AssertFitsAsync(page);
    }

    [Fact]
    public async Task The_title_counts_firing_criticals_and_keeps_alert_text_as_text()
    {
        const string name = "PhoneTitle<b>Probe</b>";
        await app.PostAlertAsync(
            new Dictionary<string, string> { ["alertname"] = name, ["severity"] = "critical", ["service"] = "redis" },
            new Dictionary<string, string> { ["summary"] = "<img src=x onerror=alert(1)>" });
        var fingerprint = await app.FingerprintOnceListedAsync(name);
        var page = await Phone.SignedInAsync(app.Chromium, app.Console.Url, ConsoleServer.Credentials.Viewer, $"/alerts/{fingerprint}");

        string title = string.Empty;
        int expected = 0;
        await Eventually.Until(async ct =>
        {
            expected = (await app.ListedAsync(ct)).Count(a => a.Phase == "firing" && a.Severity == "critical");
            title = await page.TitleAsync();
            return expected > 0 && title.StartsWith($"({expected}) ", StringComparison.Ordinal);
        }, Deadline, "the critical count in the title", TestContext.Current.CancellationToken);

        Assert.Contains(name, title, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('title *').length"));
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());

        // The count follows navigation (Blazor rewrites the title on every page).
        await page.Locator(".mud-main-content a[href='alerts']").First.TapAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/alerts");
        await Eventually.Until(async _ => (title = await page.TitleAsync()).StartsWith($"({expected}) ", StringComparison.Ordinal) && !title.Contains(name, StringComparison.Ordinal),
            Deadline, "the count on the alert list's title", TestContext.Current.CancellationToken);
    }

    private static bool IsOperatorsSilenceOf(JsonElement silence, string alertName) =>
        silence.GetProperty("createdBy").GetString() == ConsoleServer.Credentials.Operator
        && silence.GetProperty("matchers").EnumerateArray().Any(m =>
            m.GetProperty("name").GetString() == "alertname" && m.GetProperty("value").GetString() == alertName);

    [GeneratedRegex(@"https?://\S+\?ack=1")]
    private static partial Regex AckLink();
}
