using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Tests.Identity;
using Serilog.Core;

namespace OpsConsole.Web.Tests.Alerts;

/// <summary>The webhook through the whole HTTP pipeline (authentication, rate limits, size limits) in memory.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    internal const string Token = "webhook-token-for-tests-3c2b1a";
    private readonly CapturingSink _log = new();
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new ConsoleAppFactory(Settings(), services => services.AddSingleton<ILogEventSink>(_log));
        return ValueTask.CompletedTask;
    }

    internal static Dictionary<string, string?> Settings() => new()
    {
        ["Alertmanager:Url"] = "http://127.0.0.1:1",
        ["Alertmanager:WebhookToken"] = Token,
        ["Alerts:ReconcileInterval"] = "01:00:00",
    };

    internal static string Body(string status = "firing", string version = "4", string fingerprint = "0123456789abcdef") => $$"""
        {"version":"{{version}}","groupKey":"{}:{alertname=\"HighCommandFailureRate\"}","truncatedAlerts":0,"status":"{{status}}",
         "receiver":"console-critical","groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am",
         "alerts":[{"status":"{{status}}","labels":{"alertname":"HighCommandFailureRate","service":"robot-data-service","severity":"critical"},
                    "annotations":{"summary":"secret-looking-body-text"},"startsAt":"2025-05-05T09:50:00Z",
                    "endsAt":"{{(status == "resolved" ? "2025-05-05T10:30:00Z" : "0001-01-01T00:00:00Z")}}",
                    "generatorURL":"http://prom/graph","fingerprint":"{{fingerprint}}"}]}
        """;

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? token = Token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/alertmanager/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("webhook-token-for-tests-3c2b1")]
    public async Task A_delivery_without_the_right_token_is_401_and_changes_nothing(string? token)
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Body(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public async Task A_delivery_is_applied_at_once_and_a_retry_changes_nothing()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var first = await PostAsync(client, Body());
        var sequence = Stream.Current.Sequence;
        using var retry = await PostAsync(client, Body());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(0, (await retry.Content.ReadFromJsonAsync<ChangesAnswer>())!.Changes);
        Assert.Equal(sequence, Stream.Current.Sequence);
        Assert.Equal(AlertPhase.Firing, Stream.Current.Find("0123456789abcdef")!.Phase);
    }

    [Theory]
    [InlineData("{\"version\":\"4\",", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    public async Task Malformed_json_is_400_with_the_parsers_reason_logged_at_warning_without_the_body(string body, string reason)
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_log.Text.Split('\n'), line => line.StartsWith("Warning Webhook refused", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Text.Split('\n'), line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("Webhook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_version_is_400_and_the_body_never_reaches_the_log()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Body(version: "5"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown webhook version", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-body-text", _log.Text, StringComparison.Ordinal);
        Assert.Equal(0, Stream.Current.Count);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, new string(' ', 1024 * 1024) + Body());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, Stream.Current.Count);
    }

    private IAlertStream Stream => _app.Services.GetRequiredService<IAlertStream>();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed record ChangesAnswer(int Alerts, int Changes);
}
