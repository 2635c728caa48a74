using Bunit;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Components.Alerts.Silences;

namespace OpsConsole.Web.Tests.Components.Alerts;

public sealed class SilencesPageTests : AlertsTestContext
{
    [Fact]
    public void Lists_active_pending_and_expired_silences_with_their_actions()
    {
        Silences.Silences.Add(Silence("s-active", SilenceState.Active, "maintenance <b>now</b>"));
        Silences.Silences.Add(Silence("s-pending", SilenceState.Pending, "tonight"));
        Silences.Silences.Add(Silence("s-expired", SilenceState.Expired, "last week"));
        Fire("a1", Labels("RedisMemoryHigh", "redis", "critical"));
        var page = Render<SilencesPage>();

        Assert.Equal("active", page.Find("[data-silence-id='s-active']").GetAttribute("data-state"));
        Assert.Equal("1", page.Find("[data-silence-id='s-active'] [data-testid='silence-match-count']").TextContent);
        Assert.Equal("maintenance <b>now</b>", page.Find("[data-silence-id='s-active'] [data-testid='silence-comment-text']").TextContent.Trim());
        Assert.NotNull(page.Find("[data-silence-id='s-pending'] [data-testid='silence-expire']"));
        var recreate = Uri.UnescapeDataString(page.Find("[data-silence-id='s-expired'] [data-testid='silence-recreate']").GetAttribute("href")!);
        Assert.Equal("silences/new?matchers={service=\"redis\"}&comment=last week", recreate);

        page.Find("[data-silence-id='s-active'] [data-testid='silence-expire']").Click();
        Assert.Equal(["s-active"], Silences.Expired);
    }

    [Fact]
    public void Viewer_sees_silences_without_actions()
    {
        SignInAsViewer();
        Silences.Silences.Add(Silence("s-active", SilenceState.Active, "maintenance"));
        Silences.Silences.Add(Silence("s-expired", SilenceState.Expired, "old"));
        var page = Render<SilencesPage>();

        Assert.Equal(2, page.FindAll("[data-testid='silence-row']").Count);
        Assert.Empty(page.FindAll("[data-testid='silence-expire'], [data-testid='silence-edit'], [data-testid='silence-recreate'], [data-testid='silence-new']"));
    }

    private static Silence Silence(string id, SilenceState state, string comment) => new()
    {
        Id = id,
        Matchers = [new Matcher("service", MatchOperator.Equal, "redis")],
        StartsAt = Start.AddHours(-1),
        EndsAt = Start.AddHours(1),
        CreatedBy = "bob",
        Comment = comment,
        State = state,
    };
}
