using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Components.Alerts.Silences;

namespace OpsConsole.Web.Tests.Components.Alerts;

public sealed class SilenceEditorPageTests : AlertsTestContext
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Preview_counts_the_current_alerts_the_matchers_match_as_they_are_edited()
    {
        Fire("a1", Labels("KafkaConsumerLag", "kafka", "warning"));
        Fire("a2", Labels("RedisMemoryHigh", "redis", "critical"));
        Fire("a3", Labels("FlinkCheckpointTimeout", "flink", "critical"));
        var page = Render<SilenceEditorPage>();
        Assert.Equal("0", PreviewCount(page));

        MatcherName(page, 0).Input("service");
        MatcherValue(page, 0).Input("kafka");
        Assert.Equal("1", PreviewCount(page));

        page.Find("[data-testid='silence-matcher-op']").Change(nameof(MatchOperator.Regex));
        MatcherValue(page, 0).Input("kafka|redis");
        Assert.Equal("2", PreviewCount(page));
        Assert.Equal(["a1", "a2"], page.FindAll("[data-testid='silence-preview-row']").Select(r => r.GetAttribute("data-fingerprint")).Order());

        page.Find("[data-testid='silence-add-matcher']").Click();
        MatcherName(page, 1).Input("severity");
        page.FindAll("[data-testid='silence-matcher-op']")[1].Change(nameof(MatchOperator.NotEqual));
        MatcherValue(page, 1).Input("warning");
        Assert.Equal("1", PreviewCount(page));
    }

    [Fact]
    public void Preview_follows_the_live_alerts()
    {
        var page = RenderWithMatchers("{service=\"redis\"}");
        Assert.Equal("0", PreviewCount(page));

        Fire("a1", Labels("RedisMemoryHigh", "redis", "critical"));

        page.WaitForAssertion(() => Assert.Equal("1", PreviewCount(page)), Deadline);
    }

    [Fact]
    public void Silence_from_an_alert_starts_with_its_labels_and_creates_with_the_preset_as_the_signed_in_user()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "critical"));
        var page = RenderWithMatchers("{alertname=\"RedisMemoryHigh\", service=\"redis\"}");

        Assert.Equal(2, page.FindAll("[data-testid='silence-matcher-row']").Count);
        Assert.Equal("1", PreviewCount(page));
        Assert.Equal("alice", page.Find("[data-testid='silence-created-by']").TextContent);

        page.Find("[data-testid='silence-duration-4h']").Click();
        page.Find("[data-testid='silence-comment'] textarea").Input("replica rebuild");
        page.Find("[data-testid='silence-submit']").Click();

        var (request, user) = Assert.Single(Silences.Created);
        Assert.Equal("alice", user);
        Assert.Equal(TimeSpan.FromHours(4), request.Duration);
        Assert.Equal("replica rebuild", request.Comment);
        Assert.Equal(
            [new Matcher("alertname", MatchOperator.Equal, "RedisMemoryHigh"), new Matcher("service", MatchOperator.Equal, "redis")],
            request.Matchers);
    }

    [Fact]
    public void Submit_refuses_a_bad_regex_and_a_missing_comment_without_calling_the_service()
    {
        var page = Render<SilenceEditorPage>();
        MatcherName(page, 0).Input("service");
        page.Find("[data-testid='silence-matcher-op']").Change(nameof(MatchOperator.Regex));
        MatcherValue(page, 0).Input("(kafka");

        page.Find("[data-testid='silence-submit']").Click();
        Assert.Contains("service", page.Find("[data-testid='silence-error']").TextContent, StringComparison.Ordinal);

        MatcherValue(page, 0).Input("kafka");
        page.Find("[data-testid='silence-submit']").Click();
        Assert.Contains("comment", page.Find("[data-testid='silence-error']").TextContent, StringComparison.Ordinal);
        Assert.Empty(Silences.Created);
    }

    /// <summary>As the alert list's "silence" button links to it.</summary>
    private IRenderedComponent<SilenceEditorPage> RenderWithMatchers(string matchers)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("matchers", matchers));
        return Render<SilenceEditorPage>();
    }

    private static string PreviewCount(IRenderedComponent<SilenceEditorPage> page) =>
        page.Find("[data-testid='silence-preview-count']").TextContent.Trim();

    private static IElement MatcherName(IRenderedComponent<SilenceEditorPage> page, int row) =>
        page.FindAll("[data-testid='silence-matcher-name'] input")[row];

    private static IElement MatcherValue(IRenderedComponent<SilenceEditorPage> page, int row) =>
        page.FindAll("[data-testid='silence-matcher-value'] input")[row];
}
