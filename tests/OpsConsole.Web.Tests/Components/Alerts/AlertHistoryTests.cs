using Bunit;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.History;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Components.Alerts;

public sealed class AlertHistoryTests : AlertsTestContext
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void Detail_page_shows_the_timeline_with_who_acknowledged_and_reads_it_again_on_a_change()
    {
        Fire("a1", Labels("RedisMemoryHigh", "redis", "critical"));
        History.Entries.Add(Entry(1, "a1", AlertHistoryStates.Firing, Start, null));
        History.Entries.Add(Entry(2, "a1", AlertHistoryStates.Acknowledged, Start.AddMinutes(2), "alice"));
        var page = Render<AlertDetailPage>(p => p.Add(x => x.Fingerprint, "a1"));

        Assert.Equal(["firing", "acknowledged"], page.FindAll("[data-testid='timeline-entry']").Select(e => e.GetAttribute("data-state")));
        Assert.Contains("acknowledged by alice", page.FindAll("[data-testid='timeline-entry']")[1].TextContent, StringComparison.Ordinal);

        History.Entries.Add(Entry(3, "a1", AlertHistoryStates.Silenced, Start.AddMinutes(3), "bob"));
        Stream.Acknowledge("a1", new Acknowledgement("alice", Start.AddMinutes(3), null, "s-1"));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid='timeline-entry']").Count), Deadline);
    }

    [Fact]
    public void History_page_shows_mtta_and_mttr_per_alertname()
    {
        History.Stats.Add(new AlertResponseStats
        {
            AlertName = "RedisMemoryHigh",
            Incidents = 3,
            Acknowledged = 2,
            Resolved = 3,
            MeanTimeToAcknowledge = TimeSpan.FromMinutes(4),
            MeanTimeToResolve = TimeSpan.FromMinutes(95),
        });
        History.Entries.Add(Entry(1, "a1", AlertHistoryStates.Resolved, Start, null));
        var page = Render<HistoryPage>();

        var row = page.Find("[data-testid='history-stats-row'][data-alertname='RedisMemoryHigh']");
        Assert.Equal("4 min (n=2)", row.QuerySelector("[data-testid='history-mtta']")!.TextContent);
        Assert.Equal("1 h 35 min (n=3)", row.QuerySelector("[data-testid='history-mttr']")!.TextContent);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid='history-state'][data-state='resolved']")), Deadline);
        var query = Assert.Single(History.Queries);
        Assert.Equal(Start.AddDays(-1), query.From);
        Assert.Equal(Start, query.To);
    }

    private static AlertHistoryEntry Entry(long id, string fingerprint, string state, DateTimeOffset at, string? by) => new()
    {
        Id = id,
        Fingerprint = fingerprint,
        AlertName = "RedisMemoryHigh",
        Labels = new Dictionary<string, string> { ["alertname"] = "RedisMemoryHigh", ["service"] = "redis" },
        State = state,
        At = at,
        By = by,
    };
}
