using System.Globalization;
using System.Text.Json;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alertmanager;

/// <summary>Our Alertmanager client against Debian's Alertmanager 0.25: alerts posted as Prometheus would, silences through the client, amtool as the witness.</summary>
public sealed class AlertmanagerClientAgainstAlertmanagerTests(AlertmanagerFixture fixture) : IClassFixture<AlertmanagerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private IAlertmanagerClient Client => fixture.Client;

    [Fact]
    public async Task A_posted_alert_is_read_back_with_the_fingerprint_Core_computes()
    {
        var labels = await PostAlertAsync("IntegrationFingerprint");

        var alert = await AlertAsync("IntegrationFingerprint");

        Assert.Equal(AlertFingerprint.Of(labels), alert.Fingerprint);
        Assert.Equal("it broke", alert.Annotations["summary"]);
        Assert.Equal("http://prometheus.test/graph", alert.GeneratorUrl);
        Assert.Contains("quiet", alert.Receivers);
    }

    [Fact]
    public async Task A_posted_alert_shows_in_its_group()
    {
        await PostAlertAsync("IntegrationGroup");

        var group = await Eventually.Until(async ct =>
            (await Client.GetAlertGroupsAsync(Filter("IntegrationGroup"), ct)).SingleOrDefault(), Patience, "the alert's group");

        Assert.Equal("quiet", group.Receiver);
        Assert.Equal("IntegrationGroup", group.Labels["alertname"]);
        Assert.Equal("IntegrationGroup", Assert.Single(group.Alerts).AlertName);
    }

    [Fact]
    public async Task A_silence_is_created_read_back_updated_and_expired_twice_and_amtool_sees_who_created_it()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = deadline.Token;
        await PostAlertAsync("IntegrationSilence");
        var start = DateTimeOffset.UtcNow;
        var draft = new SilenceDraft
        {
            Matchers = MatcherParser.Parse("""alertname="IntegrationSilence", severity=~"crit.*", team!="nobody" """),
            StartsAt = start,
            EndsAt = start.AddHours(1),
            CreatedBy = "operator-alice",
            Comment = "acknowledged: looking into it",
        };

        var id = await Client.PostSilenceAsync(draft, ct);

        var created = await Client.GetSilenceAsync(id, ct);
        Assert.NotNull(created);
        Assert.Equal("operator-alice", created.CreatedBy);
        Assert.Equal("acknowledged: looking into it", created.Comment);
        Assert.Equal(SilenceState.Active, created.State);
        Assert.Equal(draft.Matchers, created.Matchers);
        var silenced = await Eventually.Until(async t =>
        {
            var alert = await AlertAsync("IntegrationSilence", t);
            return alert.Status.SilencedBy.Contains(id) ? alert : null;
        }, Patience, "the alert to be silenced");
        Assert.Equal(AlertState.Suppressed, silenced.Status.State);

        var json = await fixture.Server.AmtoolAsync(["silence", "query", "-o", "json", "alertname=IntegrationSilence"], ct);
        using (var listed = JsonDocument.Parse(json))
        {
            var entry = Assert.Single(listed.RootElement.EnumerateArray());
            Assert.Equal(id, entry.GetProperty("id").GetString());
            Assert.Equal("operator-alice", entry.GetProperty("createdBy").GetString());
        }

        var updatedId = await Client.PostSilenceAsync(draft with { Id = id, Comment = "extended", EndsAt = start.AddHours(2) }, ct);
        var updated = await Client.GetSilenceAsync(updatedId, ct);
        Assert.Equal("extended", updated!.Comment);
        Assert.Equal(start.AddHours(2).ToUnixTimeSeconds(), updated.EndsAt.ToUnixTimeSeconds());

        await Client.ExpireSilenceAsync(updatedId, ct);
        await Client.ExpireSilenceAsync(updatedId, ct);

        var expired = await Client.GetSilenceAsync(updatedId, ct);
        Assert.Equal(SilenceState.Expired, expired!.State);
        Assert.Contains(await Client.GetSilencesAsync(null, ct), s => s.Id == updatedId && s.State == SilenceState.Expired);
        await Eventually.Until(async t => (await AlertAsync("IntegrationSilence", t)).Status.SilencedBy.Count == 0, Patience, "the alert to be unsilenced");
    }

    [Fact]
    public async Task A_silence_Alertmanager_refuses_comes_back_with_its_reason()
    {
        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() => Client.PostSilenceAsync(new SilenceDraft
        {
            Matchers = [new Matcher("alertname", MatchOperator.Equal, "Whatever")],
            StartsAt = DateTimeOffset.UtcNow.AddHours(-3),
            EndsAt = DateTimeOffset.UtcNow.AddHours(-2),
            CreatedBy = "operator-alice",
            Comment = "in the past",
        }, CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("bad_data", error.ErrorType);
        Assert.Contains("past", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Expiring_an_unknown_silence_is_not_found()
    {
        var error = await Assert.ThrowsAsync<AlertmanagerApiException>(() =>
            Client.ExpireSilenceAsync("00000000-0000-0000-0000-000000000000", CancellationToken.None));

        Assert.Equal("not_found", error.ErrorType);
        Assert.Null(await Client.GetSilenceAsync("00000000-0000-0000-0000-000000000000", CancellationToken.None));
    }

    [Fact]
    public async Task Status_reports_the_version_and_no_cluster()
    {
        var status = await Client.GetStatusAsync(CancellationToken.None);

        Assert.StartsWith("0.", status.Version, StringComparison.Ordinal);
        Assert.Equal("disabled", status.ClusterStatus);
        Assert.Contains("receiver: quiet", status.ConfigYaml, StringComparison.Ordinal);
    }

    private static AlertFilter Filter(string alertname) => new() { Matchers = [new Matcher("alertname", MatchOperator.Equal, alertname)] };

    private async Task<Alert> AlertAsync(string alertname, CancellationToken cancellationToken = default) =>
        await Eventually.Until(async ct => (await Client.GetAlertsAsync(Filter(alertname), ct)).SingleOrDefault(),
            Patience, $"Alertmanager to hold {alertname}", cancellationToken);

    private async Task<LabelSet> PostAlertAsync(string alertname)
    {
        var labels = new LabelSet(new Dictionary<string, string>
        {
            ["alertname"] = alertname,
            ["severity"] = "critical",
            ["service"] = "webhook",
            ["cluster"] = "robot-fleet",
        });
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var endsAt = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var labelsJson = JsonSerializer.Serialize(labels.Values);
        await fixture.Server.PostAlertsAsync($$"""
            [{"labels": {{labelsJson}}, "annotations": {"summary": "it broke"}, "startsAt": "{{startsAt}}", "endsAt": "{{endsAt}}",
              "generatorURL": "http://prometheus.test/graph"}]
            """, CancellationToken.None);
        return labels;
    }
}
