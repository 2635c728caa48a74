using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Metrics;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>
/// Hostile and broken webhook deliveries against the real console process (localhost only, bounded in count and
/// time): invalid ones get a 4xx and change nothing; valid ones with hostile text are taken as plain data.
/// </summary>
public sealed class WebhookFuzzTests(QuietConsoleFixture fixture, ITestOutputHelper output) : IClassFixture<QuietConsoleFixture>
{
    private const int InvalidBodies = 1200;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Over_a_thousand_malformed_webhooks_get_4xx_change_nothing_and_log_no_error()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        using var http = new HttpClient { BaseAddress = fixture.Console.Url, Timeout = TimeSpan.FromSeconds(20) };
        using var viewer = AlertsConsole.ClientFor(fixture.Console.Url, "Viewer");
        var before = await QuietStateAsync(viewer, ct);

        var fuzz = new WebhookFuzz(seed: 20250505);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var wrong = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < InvalidBodies; i++)
        {
            var (kind, body) = fuzz.NextInvalid(i);
            var status = await PostAsync(http, body, fixture.Alertmanager.Token, ct);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if ((int)status is < 400 or >= 500)
            {
                wrong.Add($"#{i} {kind}: {(int)status}");
            }
            if (i % 100 == 99)
            {
                Assert.Empty(fixture.ErrorLines());
            }
        }
        // Over the size limit: refused from its Content-Length, before a byte of it is read (so announced with
        // Expect: 100-continue, as curl does, the client gets the answer instead of a reset mid-upload).
        var huge = new byte[1024 * 1024 + 10];
        huge.AsSpan().Fill((byte)'[');
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(http, huge, fixture.Alertmanager.Token, ct, expectContinue: true));
        // No token, a wrong token: 401 whatever the body.
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, fuzz.Valid("resolved"), token: null, ct));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, fuzz.Valid("resolved"), token: "not-the-token", ct));

        output.WriteLine($"{InvalidBodies} invalid bodies in {clock.ElapsedMilliseconds} ms: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}")));
        Assert.Empty(wrong);
        var after = await AlertsConsole.AlertsAsync(viewer, ct);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(before.Alerts.Select(a => a.Fingerprint), after.Alerts.Select(a => a.Fingerprint));
        Assert.Empty(fixture.ErrorLines());
    }

    [Fact]
    public async Task Valid_webhooks_with_hostile_text_are_accepted_and_kept_as_plain_text()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var ct = timeout.Token;
        using var http = new HttpClient { BaseAddress = fixture.Console.Url, Timeout = TimeSpan.FromSeconds(20) };
        using var viewer = AlertsConsole.ClientFor(fixture.Console.Url, "Viewer");
        var fuzz = new WebhookFuzz(seed: 7);

        foreach (var text in WebhookFuzz.HostileTexts)
        {
            // Resolved at once: accepted, recorded, and the live state stays as it was.
            Assert.Equal(HttpStatusCode.OK, await PostAsync(http, fuzz.Valid("resolved", text), fixture.Alertmanager.Token, ct));
        }
        // Firing, and held by Alertmanager too, so the reconcile pass keeps it.
        var hostile = WebhookFuzz.HostileTexts[0];
        var fingerprint = AlertFingerprint.Of(new LabelSet(new Dictionary<string, string>
        {
            ["alertname"] = "Fuzz", ["instance"] = hostile, ["severity"] = "warning",
        }));
        await fixture.Alertmanager.PostAlertsAsync(HostileAlertJson(hostile, DateTimeOffset.UtcNow.AddMinutes(10)), ct);
        var firing = fuzz.Valid("firing", hostile, fingerprint);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, firing, fixture.Alertmanager.Token, ct));
        // Alertmanager's retry of the same delivery is harmless.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, firing, fixture.Alertmanager.Token, ct));

        var shown = await AlertsConsole.AlertsAsync(viewer, ct);
        var alert = Assert.Single(shown.Alerts, a => a.Fingerprint == fingerprint);
        Assert.Equal(hostile, alert.Labels["instance"]);
        Assert.Equal(hostile, alert.Annotations["summary"]);
        Assert.Empty(fixture.ErrorLines());

        // Leave the console as quiet as it was for the other tests.
        await fixture.Alertmanager.PostAlertsAsync(HostileAlertJson(hostile, DateTimeOffset.UtcNow.AddSeconds(-1)), ct);
        await Eventually.Until(async t => (await AlertsConsole.AlertsAsync(viewer, t)).Alerts.All(a => a.Fingerprint != fingerprint),
            TimeSpan.FromSeconds(20), "the hostile alert to resolve", ct);
    }

    private static string HostileAlertJson(string hostile, DateTimeOffset endsAt)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(hostile);
        return $$"""
            [{"labels":{"alertname":"Fuzz","instance":{{text}},"severity":"warning"},"annotations":{"summary":{{text}}},
              "startsAt":"2025-05-05T10:00:00Z","endsAt":"{{endsAt:O}}","generatorURL":"http://127.0.0.1:9090/graph"}]
            """;
    }

    /// <summary>The live state once nothing has changed for longer than a reconcile interval.</summary>
    private static async Task<AlertsView> QuietStateAsync(HttpClient viewer, CancellationToken cancellationToken)
    {
        var last = await AlertsConsole.AlertsAsync(viewer, cancellationToken);
        return await Eventually.Until(async t =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), t);
            var now = await AlertsConsole.AlertsAsync(viewer, t);
            var quiet = now.Sequence == last.Sequence;
            last = now;
            return quiet ? now : null;
        }, TimeSpan.FromSeconds(30), "the live alerts to stop changing", cancellationToken);
    }

    internal static async Task<HttpStatusCode> PostAsync(
        HttpClient http, byte[] body, string? token, CancellationToken cancellationToken, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/alertmanager/webhook") { Content = new ByteArrayContent(body) };
        request.Headers.ExpectContinue = expectContinue;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
