using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Components.Alerts.AlertList;

namespace OpsConsole.Web.Tests.Components.Alerts;

public sealed class AlertsPageTests : AlertsTestContext
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Groups_switch_between_alertname_service_and_severity()
    {
        Fire("a1", Labels("KafkaConsumerLag", "kafka", "warning"));
        Fire("a2", Labels("HighCommandFailureRate", "robot-data", "critical"));
        Fire("a3", Labels("KafkaConsumerLag", "kafka-connect", "critical"));
        var page = RenderPage();

        Assert.Equal(["HighCommandFailureRate", "KafkaConsumerLag"], GroupTitles(page));

        page.Find("[data-testid='group-by-service']").Click();
        Assert.Equal(["kafka-connect", "robot-data", "kafka"], GroupTitles(page));

        page.Find("[data-testid='group-by-severity']").Click();
        Assert.Equal(["critical", "warning"], GroupTitles(page));
        Assert.Equal(2, page.Find("[data-group='critical']").QuerySelectorAll("[data-testid='alert-row']").Length);
    }

    [Fact]
    public void Matcher_filter_keeps_only_matching_alerts()
    {
        Fire("a1", Labels("KafkaConsumerLag", "kafka", "warning"));
        Fire("a2", Labels("RedisMemoryHigh", "redis", "critical"));
        Fire("a3", Labels("FlinkCheckpointTimeout", "flink", "critical"));
        var page = RenderPage();

        FilterInput(page).Input("severity=\"critical\", service=~\"red.*\"");

        Assert.Equal(["a2"], Fingerprints(page));
        Assert.Empty(page.FindAll("[data-testid='alert-filter-error']"));
    }

    [Fact]
    public void Matcher_syntax_error_shows_reason_and_position_and_keeps_the_last_good_filter()
    {
        Fire("a1", Labels("KafkaConsumerLag", "kafka", "warning"));
        Fire("a2", Labels("RedisMemoryHigh", "redis", "critical"));
        var page = RenderPage();
        FilterInput(page).Input("service=\"redis\"");

        FilterInput(page).Input("service=\"redis\", severity=~\"crit");

        var error = page.Find("[data-testid='alert-filter-error']");
        // The unclosed quote opens at index 27: column 28.
        Assert.Equal("27", error.GetAttribute("data-position"));
        Assert.Contains("column 28", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("no closing quote", error.TextContent, StringComparison.Ordinal);
        Assert.Contains(new string(' ', 27) + "^", error.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["a2"], Fingerprints(page));
    }

    [Fact]
    public void Hostile_annotations_render_as_text_not_markup()
    {
        Fire("a1", Labels("WebhookErrorRate", "webhook", "critical"), new Dictionary<string, string>
        {
            ["summary"] = "<script>alert(1)</script>",
            ["description"] = "<img src=x onerror=alert(1)>",
        });
        var page = RenderPage();

        var row = Row(page, "a1");
        Assert.Equal("<script>alert(1)</script>", row.QuerySelector("[data-testid='alert-summary']")!.TextContent.Trim());
        Assert.Equal("<img src=x onerror=alert(1)>", row.QuerySelector("[data-testid='alert-description']")!.TextContent.Trim());
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("img"));
    }

    [Fact]
    public void Only_http_urls_become_links_and_javascript_stays_text()
    {
        Fire("a1", Labels("TargetDown", "redis", "critical"), new Dictionary<string, string>
        {
            ["runbook_url"] = "javascript:alert(document.cookie)",
        }, generatorUrl: "http://prometheus.example:9090/graph?g0.expr=up");
        Fire("a2", Labels("TargetDown", "kafka", "critical"), new Dictionary<string, string>
        {
            ["runbook_url"] = "https://runbooks.example/target-down",
        }, generatorUrl: "JavaScript:alert(1)");
        var page = RenderPage();

        var first = Row(page, "a1");
        Assert.Equal("http://prometheus.example:9090/graph?g0.expr=up", first.QuerySelector("[data-testid='alert-source-link']")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("[data-testid='alert-runbook-link']"));
        Assert.Contains("javascript:alert(document.cookie)", first.QuerySelector("[data-testid='alert-runbook-text']")!.TextContent, StringComparison.Ordinal);

        var second = Row(page, "a2");
        Assert.Equal("https://runbooks.example/target-down", second.QuerySelector("[data-testid='alert-runbook-link']")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("[data-testid='alert-source-link']"));

        Assert.DoesNotContain(page.FindAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ack_state_says_who_and_how_long_ago_and_ages_with_the_clock()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        Stream.Acknowledge("a1", new Acknowledgement("bob", Start, "looking", "s-1"));
        Time.Advance(TimeSpan.FromMinutes(3));
        var page = RenderPage();

        Assert.Contains("acknowledged by bob, 3 min ago", AckState(page, "a1"), StringComparison.Ordinal);

        Time.Advance(TimeSpan.FromMinutes(2));

        page.WaitForAssertion(() => Assert.Contains("acknowledged by bob, 5 min ago", AckState(page, "a1"), StringComparison.Ordinal), Deadline);
    }

    [Fact]
    public void A_new_alert_and_its_resolution_show_up_live()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        var page = RenderPage();
        Assert.Equal(["a1"], Fingerprints(page));

        Fire("a2", Labels("FlinkCheckpointTimeout", "flink", "critical"), new Dictionary<string, string> { ["summary"] = "checkpoint slow" });

        page.WaitForAssertion(() => Assert.Equal(["a2", "a1"], Fingerprints(page)), Deadline);
        Assert.Equal("checkpoint slow", Row(page, "a2").QuerySelector("[data-testid='alert-summary']")!.TextContent.Trim());

        Stream.Acknowledge("a2", new Acknowledgement("carol", Time.GetUtcNow(), null, "s-2"));
        page.WaitForAssertion(() => Assert.Contains("acknowledged by carol", AckState(page, "a2"), StringComparison.Ordinal), Deadline);
    }

    [Fact]
    public void Viewer_sees_no_operator_actions()
    {
        SignInAsViewer();
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        Stream.Acknowledge("a1", new Acknowledgement("bob", Start, null, "s-1"));
        Fire("a2", Labels("TargetDown", "redis", "critical"));
        var page = RenderPage();

        Assert.Equal(2, page.FindAll("[data-testid='alert-row']").Count);
        Assert.Empty(page.FindAll("[data-testid='ack-button']"));
        Assert.Empty(page.FindAll("[data-testid='unack-button']"));
        Assert.Empty(page.FindAll("[data-testid='silence-button']"));
    }

    [Fact]
    public void Operator_sees_ack_unack_and_silence_with_the_alert_labels()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        Stream.Acknowledge("a1", new Acknowledgement("bob", Start, null, "s-1"));
        Fire("a2", Labels("TargetDown", "redis", "critical"));
        var page = RenderPage();

        Assert.NotNull(Row(page, "a1").QuerySelector("[data-testid='unack-button']"));
        Assert.Null(Row(page, "a1").QuerySelector("[data-testid='ack-button']"));
        Assert.NotNull(Row(page, "a2").QuerySelector("[data-testid='ack-button']"));
        var silence = Uri.UnescapeDataString(Row(page, "a2").QuerySelector("[data-testid='silence-button']")!.GetAttribute("href")!);
        Assert.Equal("silences/new?matchers={alertname=\"TargetDown\", service=\"redis\", severity=\"critical\"}", silence);
    }

    [Fact]
    public void Ack_dialog_sends_the_note_and_the_row_then_shows_the_ack()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        var page = RenderPage();

        Row(page, "a1").QuerySelector("[data-testid='ack-button']")!.Click();
        page.WaitForElement("[data-testid='ack-note'] textarea").Input("restarting the replica");
        page.Find("[data-testid='ack-confirm']").Click();

        page.WaitForAssertion(() => Assert.Equal([("a1", (string?)"restarting the replica", (string?)"alice")], Acks.Acknowledged), Deadline);
        page.WaitForAssertion(() => Assert.Contains("acknowledged by alice, 0 s ago", AckState(page, "a1"), StringComparison.Ordinal), Deadline);
        Assert.NotNull(Row(page, "a1").QuerySelector("[data-testid='unack-button']"));
    }

    [Fact]
    public void Unack_withdraws_the_acknowledgement()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        Stream.Acknowledge("a1", new Acknowledgement("bob", Start, null, "s-1"));
        var page = RenderPage();

        Row(page, "a1").QuerySelector("[data-testid='unack-button']")!.Click();

        Assert.Equal(["a1"], Acks.Unacknowledged);
        page.WaitForAssertion(() => Assert.Null(Row(page, "a1").QuerySelector("[data-testid='ack-state']")), Deadline);
    }

    private IRenderedComponent<IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<AlertsPage>(2);
        builder.CloseComponent();
    });

    private static IElement FilterInput(IRenderedComponent<IComponent> page) => page.Find("[data-testid='alert-filter'] input");

    private static List<string> GroupTitles(IRenderedComponent<IComponent> page) =>
        [.. page.FindAll("[data-testid='alert-group']").Select(g => g.GetAttribute("data-group")!)];

    private static List<string> Fingerprints(IRenderedComponent<IComponent> page) =>
        [.. page.FindAll("[data-testid='alert-row']").Select(r => r.GetAttribute("data-fingerprint")!)];

    private static IElement Row(IRenderedComponent<IComponent> page, string fingerprint) =>
        page.Find($"[data-testid='alert-row'][data-fingerprint='{fingerprint}']");

    private static string AckState(IRenderedComponent<IComponent> page, string fingerprint) =>
        Row(page, fingerprint).QuerySelector("[data-testid='ack-state']")?.TextContent ?? string.Empty;
}
