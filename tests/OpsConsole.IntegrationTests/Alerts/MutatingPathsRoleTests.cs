using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>Viewer and Kiosk may not act: 403 on every mutating alert and silence path, and nothing changes.</summary>
public sealed class MutatingPathsRoleTests(QuietConsoleFixture fixture) : IClassFixture<QuietConsoleFixture>
{
    [Fact]
    public async Task Viewer_and_kiosk_get_403_on_every_mutating_alert_and_silence_path_and_nothing_changes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await fixture.Alertmanager.PostAlertsAsync($$"""
            [{"labels":{"alertname":"RoleCheck","service":"integration","severity":"warning"},
              "startsAt":"{{startsAt:O}}","endsAt":"{{startsAt.AddMinutes(30):O}}"}]
            """, ct);
        using var operatorApi = AlertsConsole.ClientFor(fixture.Console.Url, "Operator");
        var fingerprint = await Eventually.Until(
            async t => (await AlertsConsole.AlertsAsync(operatorApi, t)).Alerts.FirstOrDefault(a => a.AlertName == "RoleCheck")?.Fingerprint,
            TimeSpan.FromSeconds(20), "the console to show the alert", ct);
        var silenceBody = new { matchers = "alertname=\"RoleCheck\"", duration = "01:00:00", comment = "maintenance" };
        using var created = await operatorApi.PostAsJsonAsync("api/silences", silenceBody, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var silenceId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("silenceId").GetString()!;

        (HttpMethod Method, string Path, object? Body)[] mutating =
        [
            (HttpMethod.Post, $"api/alerts/{fingerprint}/ack", new { note = "not mine to ack" }),
            (HttpMethod.Delete, $"api/alerts/{fingerprint}/ack", null),
            (HttpMethod.Post, "api/silences", silenceBody),
            (HttpMethod.Put, $"api/silences/{silenceId}", silenceBody),
            (HttpMethod.Delete, $"api/silences/{silenceId}", null),
        ];
        var wrong = new List<string>();
        foreach (var role in new[] { "Viewer", "Kiosk" })
        {
            using var client = AlertsConsole.ClientFor(fixture.Console.Url, role);
            foreach (var (method, path, body) in mutating)
            {
                using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
                using var response = await client.SendAsync(request, ct);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{role} {method} {path}: {(int)response.StatusCode}");
                }
            }
        }
        Assert.Empty(wrong);

        var alert = (await AlertsConsole.AlertsAsync(operatorApi, ct)).Alerts.Single(a => a.Fingerprint == fingerprint);
        Assert.Null(alert.Acknowledgement);
        var silences = await operatorApi.GetFromJsonAsync<JsonElement>("api/silences", ct);
        var silence = silences.EnumerateArray().Single(s => s.GetProperty("id").GetString() == silenceId);
        Assert.Equal("active", silence.GetProperty("state").GetString());
        Assert.Equal(AlertsConsole.OperatorActor, silence.GetProperty("createdBy").GetString());
        Assert.Equal(1, silences.EnumerateArray().Count(s => s.GetProperty("matchers").GetString()!.Contains("RoleCheck", StringComparison.Ordinal)));

        // Kiosk does not even read alerts over the API (wall screens use the hub or the Blazor wall view).
        using var kiosk = AlertsConsole.ClientFor(fixture.Console.Url, "Kiosk");
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.GetAsync("api/alerts", ct)).StatusCode);

        using var expired = await operatorApi.DeleteAsync($"api/silences/{silenceId}", ct);
        Assert.Equal(HttpStatusCode.NoContent, expired.StatusCode);
    }

    [Theory]
    [InlineData("en", "No current alert has that fingerprint; it may have resolved.")]
    [InlineData("zh-CN", "当前没有该指纹的告警，它可能已经恢复。")]
    public async Task A_refused_action_answers_a_problem_with_a_stable_code_and_words_it_in_the_callers_language(string language, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
        using var operatorApi = AlertsConsole.ClientFor(fixture.Console.Url, "Operator");

        using var ack = new HttpRequestMessage(HttpMethod.Post, "api/alerts/0123456789abcdef/ack") { Content = JsonContent.Create(new { note = "x" }) };
        ack.Headers.AcceptLanguage.ParseAdd(language);
        using var refused = await operatorApi.SendAsync(ack, ct);
        using var silence = new HttpRequestMessage(HttpMethod.Post, "api/silences")
        {
            Content = JsonContent.Create(new { matchers = "alertname=\"RoleCheck\"", duration = "01:00:00", comment = " " }),
        };
        silence.Headers.AcceptLanguage.ParseAdd(language);
        using var invalid = await operatorApi.SendAsync(silence, ct);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("AlertNotFound", problem.GetProperty("code").GetString());
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("CommentMissing", (await invalid.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
    }
}
