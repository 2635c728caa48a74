using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Core.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.AlertList;
using OpsConsole.Web.Components.Alerts.History;
using OpsConsole.Web.Components.Mobile;
using OpsConsole.Web.Storage;
using OpsConsole.Web.Tests.Components.Alerts;

namespace OpsConsole.Web.Tests.Components.Mobile;

/// <summary>The phone's quick actions (one-tap ack, silence by preset) and the alert page a notification links to.</summary>
public sealed class PhoneActionTests : AlertsTestContext
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Ack_now_acknowledges_without_asking_for_a_note()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        var page = RenderWithDialogs<AlertsPage>();

        Row(page, "a1").QuerySelector("[data-testid='ack-now']")!.Click();

        page.WaitForAssertion(() => Assert.Equal([("a1", (string?)null, (string?)"alice")], Acks.Acknowledged), Deadline);
        Assert.Empty(page.FindAll("[data-testid='ack-dialog']"));
        page.WaitForAssertion(() => Assert.NotNull(Row(page, "a1").QuerySelector("[data-testid='phone-unack']")), Deadline);
    }

    [Fact]
    public void A_duration_preset_silences_exactly_this_alert_with_the_note()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        var page = RenderWithDialogs<AlertsPage>();

        Row(page, "a1").QuerySelector("[data-testid='silence-quick']")!.Click();
        page.WaitForElement("[data-testid='quick-silence-note'] input").Input("failover drill");
        page.Find("[data-testid='quick-silence-4h']").Click();

        page.WaitForAssertion(() => Assert.Single(Silences.Created), Deadline);
        var (request, user) = Silences.Created[0];
        Assert.Equal("alice", user);
        Assert.Equal(TimeSpan.FromHours(4), request.Duration);
        Assert.Equal("failover drill", request.Comment);
        Assert.Equal("{alertname=\"RedisMemoryHigh\", service=\"redis\", severity=\"warning\"}", MatcherParser.Format(request.Matchers));
    }

    [Fact]
    public void A_quick_silence_without_a_note_still_says_where_it_came_from()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"));
        var page = RenderWithDialogs<AlertsPage>();

        Row(page, "a1").QuerySelector("[data-testid='silence-quick']")!.Click();
        page.WaitForElement("[data-testid='quick-silence-1h']").Click();

        page.WaitForAssertion(() => Assert.Single(Silences.Created), Deadline);
        Assert.False(string.IsNullOrWhiteSpace(Silences.Created[0].Request.Comment));
        Assert.Equal(TimeSpan.FromHours(1), Silences.Created[0].Request.Duration);
    }

    [Fact]
    public void Cards_fold_labels_description_and_links_behind_one_toggle()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "warning"), new Dictionary<string, string> { ["description"] = "used_memory above 90 %" });
        var page = RenderWithDialogs<AlertsPage>();
        var fold = () => Row(page, "a1").QuerySelector("[data-testid='alert-fold']")!;

        Assert.DoesNotContain("oc-open", fold().ClassList);
        Assert.NotNull(fold().QuerySelector("[data-testid='alert-labels']"));
        Assert.NotNull(fold().QuerySelector("[data-testid='alert-description']"));
        Assert.Contains("(1)", Row(page, "a1").QuerySelector("[data-testid='alert-fold-toggle']")!.TextContent, StringComparison.Ordinal);

        Row(page, "a1").QuerySelector("[data-testid='alert-fold-toggle']")!.Click();

        Assert.Contains("oc-open", fold().ClassList);
    }

    [Fact]
    public void The_acknowledge_link_asks_for_one_tap_and_acknowledges_nothing_by_itself()
    {
        Fire("a1", Labels("TargetDown", "redis", "critical"));
        NavigateTo("alerts/a1?ack=1");
        var page = Render<AlertDetailPage>(p => p.Add(x => x.Fingerprint, "a1"));

        var panel = page.Find("[data-testid='ack-panel']");
        Assert.Equal("true", panel.GetAttribute("data-highlight"));
        Assert.Empty(Acks.Acknowledged);

        page.Find("[data-testid='ack-panel-confirm']").Click();

        page.WaitForAssertion(() => Assert.Equal([("a1", (string?)null, (string?)"alice")], Acks.Acknowledged), Deadline);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid='ack-panel']")), Deadline);
        Assert.NotNull(page.Find("[data-testid='ack-state']"));
    }

    [Fact]
    public void A_viewer_following_the_acknowledge_link_is_told_it_needs_an_operator()
    {
        SignInAsViewer();
        Fire("a1", Labels("TargetDown", "redis", "critical"));
        NavigateTo("alerts/a1?ack=1");
        var page = Render<AlertDetailPage>(p => p.Add(x => x.Fingerprint, "a1"));

        Assert.Empty(page.FindAll("[data-testid='ack-panel']"));
        Assert.NotNull(page.Find("[data-testid='ack-needs-operator']"));
    }

    [Fact]
    public void A_resolved_alert_opens_from_history_and_needs_no_ack()
    {
        History.Entries.Add(Entry(1, "gone", AlertHistoryStates.Firing, Start.AddMinutes(-30)));
        History.Entries.Add(Entry(2, "gone", AlertHistoryStates.Resolved, Start.AddMinutes(-5)));
        NavigateTo("alerts/gone?ack=1");
        var page = Render<AlertDetailPage>(p => p.Add(x => x.Fingerprint, "gone"));

        Assert.Equal("resolved", page.Find("[data-testid='alert-from-history']").GetAttribute("data-state"));
        Assert.Equal("KafkaConsumerLag", page.Find("[data-testid='alert-detail-name']").TextContent.Trim());
        Assert.Contains("service=kafka", page.Find("[data-testid='alert-labels']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid='ack-not-needed']"));
        Assert.Empty(page.FindAll("[data-testid='ack-panel']"));
    }

    [Fact]
    public void An_alert_that_resolves_while_open_turns_into_its_history()
    {
        Fire("a1", Labels("TargetDown", "redis", "critical"));
        var page = Render<AlertDetailPage>(p => p.Add(x => x.Fingerprint, "a1"));
        Assert.NotNull(page.Find("[data-testid='ack-panel']"));

        Resolve("a1", Labels("TargetDown", "redis", "critical"));

        page.WaitForAssertion(() => Assert.Equal("resolved", page.Find("[data-testid='alert-from-history']").GetAttribute("data-state")), Deadline);
        Assert.Empty(page.FindAll("[data-testid='ack-panel']"));
    }

    [Fact]
    public void The_title_counts_firing_criticals_only()
    {
        Fire("a1", Labels("TargetDown", "redis", "critical"));
        Fire("a2", Labels("TargetDown", "kafka", "critical"));
        Fire("a3", Labels("RedisMemoryHigh", "redis", "warning"));

        Assert.Equal(2, CriticalTitle.Count(Stream.Current));
    }

    private void Resolve(string fingerprint, IReadOnlyDictionary<string, string> labels) =>
        Stream.ApplyWebhook(new AlertmanagerWebhook
        {
            Version = AlertmanagerWebhook.SupportedVersion,
            GroupKey = "{}:{alertname=\"" + labels["alertname"] + "\"}",
            Status = WebhookAlertStatus.Resolved,
            Receiver = "console",
            GroupLabels = LabelSet.Empty,
            CommonLabels = LabelSet.Empty,
            CommonAnnotations = LabelSet.Empty,
            ExternalUrl = "http://alertmanager.example",
            Alerts =
            [
                new WebhookAlert
                {
                    Status = WebhookAlertStatus.Resolved,
                    Labels = new LabelSet(labels),
                    Annotations = LabelSet.Empty,
                    StartsAt = Start,
                    EndsAt = Time.GetUtcNow(),
                    Fingerprint = fingerprint,
                },
            ],
        });

    private void NavigateTo(string relative) => Services.GetRequiredService<NavigationManager>().NavigateTo(relative);

    private IRenderedComponent<IComponent> RenderWithDialogs<TPage>()
        where TPage : IComponent => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<TPage>(2);
        builder.CloseComponent();
    });

    private static IElement Row(IRenderedComponent<IComponent> page, string fingerprint) =>
        page.Find($"[data-testid='alert-row'][data-fingerprint='{fingerprint}']");

    private static AlertHistoryEntry Entry(long id, string fingerprint, string state, DateTimeOffset at) => new()
    {
        Id = id,
        Fingerprint = fingerprint,
        AlertName = "KafkaConsumerLag",
        Labels = new Dictionary<string, string> { ["alertname"] = "KafkaConsumerLag", ["service"] = "kafka" },
        State = state,
        At = at,
    };
}
