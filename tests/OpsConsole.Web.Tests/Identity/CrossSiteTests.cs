using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Alerts;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>
/// Writes and live endpoints through the whole pipeline, signed in with the cookie as a browser is: only requests no
/// foreign page can send (JSON, the console's header, a form with its antiforgery token) act; only the console's own
/// origin opens the hub and the circuit. Alertmanager is a fake that records silences, so "accepted" is visible.
/// </summary>
public sealed class CrossSiteTests : IAsyncLifetime
{
    private const string Fingerprint = "0123456789abcdef";
    private const string Foreign = "http://127.0.0.1:1234";
    private const string Listed = "https://console.example.com";
    private readonly FakeAlertmanager _alertmanager = new();
    private ConsoleAppFactory _app = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = WebhookEndpointTests.Settings();
        settings["Security:AllowedOrigins:0"] = Listed;
        _app = new ConsoleAppFactory(settings, services => services.AddSingleton<IAlertmanagerClient>(_alertmanager));
        using var client = _app.CreateBrowserLikeClient();
        using var delivered = await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body(fingerprint: Fingerprint));
        delivered.EnsureSuccessStatusCode();
    }

    public static TheoryData<string, string, string?> SimpleWrites() => new()
    {
        // What fetch(url, {method: 'POST', mode: 'no-cors', credentials: 'include'}) or a plain <form> can send.
        { "POST", $"/api/alerts/{Fingerprint}/ack", null },
        { "POST", $"/api/alerts/{Fingerprint}/ack", "text/plain;charset=UTF-8" },
        { "POST", $"/api/alerts/{Fingerprint}/ack", "application/x-www-form-urlencoded" },
        { "POST", "/api/silences", "text/plain" },
        { "POST", "/api/silences", "application/x-www-form-urlencoded" },
        { "POST", "/api/silences", "multipart/form-data; boundary=x" },
        { "PUT", "/api/silences/silence-1", "text/plain" },
        { "DELETE", "/api/silences/silence-1", null },
        { "DELETE", $"/api/alerts/{Fingerprint}/ack", null },
    };

    [Theory]
    [MemberData(nameof(SimpleWrites))]
    public async Task A_simple_write_with_the_cookie_is_refused_with_problem_details_and_changes_nothing(
        string method, string path, string? contentType)
    {
        using var client = await SignedInOperatorAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"matchers":"alertname=\"HighCommandFailureRate\"","duration":"01:00:00","note":"x"}"""));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Not a console request", problem.GetProperty("title").GetString());
        Assert.Contains(CrossSiteGuard.RequestHeader, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_alertmanager.Posted);
        Assert.Empty(_alertmanager.Expired);
    }

    [Fact]
    public async Task Ack_without_a_body_is_accepted_with_the_console_header()
    {
        using var client = await SignedInOperatorAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{Fingerprint}/ack");
        request.Headers.Add(CrossSiteGuard.RequestHeader, "1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("operator", Assert.Single(_alertmanager.Posted).CreatedBy);
    }

    [Fact]
    public async Task A_json_silence_and_a_json_ack_with_the_cookie_are_accepted()
    {
        using var client = await SignedInOperatorAsync();

        using var silence = await client.PostAsJsonAsync("/api/silences", new { matchers = "alertname=\"HighCommandFailureRate\"", duration = "01:00:00", comment = "maintenance" });
        using var ack = await client.PostAsJsonAsync($"/api/alerts/{Fingerprint}/ack", new { note = "on it" });

        Assert.Equal(HttpStatusCode.Created, silence.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(["operator", "operator"], _alertmanager.Posted.Select(s => s.CreatedBy));
    }

    [Fact]
    public async Task A_json_write_from_a_foreign_origin_is_refused_even_with_the_header()
    {
        using var client = await SignedInOperatorAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/silences")
        {
            Content = JsonContent.Create(new { matchers = "alertname=\"HighCommandFailureRate\"", duration = "01:00:00" }),
        };
        request.Headers.Add("Origin", Foreign);
        request.Headers.Add(CrossSiteGuard.RequestHeader, "1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Foreign origin", (await ProblemAsync(response)).GetProperty("title").GetString());
        Assert.Empty(_alertmanager.Posted);
    }

    [Fact]
    public async Task Bearer_token_calls_are_unaffected_by_origin_and_content_type()
    {
        using var client = _app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{Fingerprint}/ack");
        request.Headers.Authorization = TestIdentities.BearerOf(Roles.Operator);
        request.Headers.Add("Origin", Foreign);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_alertmanager.Posted);
    }

    [Fact]
    public async Task Roles_are_still_checked_on_a_request_that_passes_the_guard()
    {
        using var client = _app.CreateBrowserLikeClient();
        var viewer = TestIdentities.Users.Single(u => u.Role == Roles.Viewer);
        (await SignInForm.PostAsync(client, viewer.Name, viewer.Password)).Dispose();

        using var response = await client.PostAsJsonAsync($"/api/alerts/{Fingerprint}/ack", new { note = "not mine" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_alertmanager.Posted);
    }

    [Theory]
    [InlineData("/hubs/alerts/negotiate?negotiateVersion=1")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task Negotiating_a_live_connection_from_a_foreign_origin_is_refused(string path)
    {
        using var client = await SignedInOperatorAsync();

        using var foreign = await NegotiateAsync(client, path, Foreign);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("Foreign origin", (await ProblemAsync(foreign)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/hubs/alerts?id=x", Foreign)]
    [InlineData("/hubs/alerts?id=x", "null")]
    [InlineData("/_blazor?id=x", Foreign)]
    [InlineData("/_blazor?id=x", "null")]
    public async Task Opening_a_live_socket_from_a_foreign_or_opaque_origin_is_refused(string path, string origin)
    {
        // A WebSocket handshake is a GET that always names the page's origin; "null" is a sandboxed or data: page.
        using var client = await SignedInOperatorAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Foreign origin", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_consoles_own_pages_post_with_origin_null_under_no_referrer_and_still_sign_in_and_negotiate()
    {
        // Chromium sends "Origin: null" on same-origin form posts and fetches when the page's Referrer-Policy is no-referrer.
        using var client = _app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("Origin", "null");
        var user = TestIdentities.Users.Single(u => u.Role == Roles.Operator);

        using var signedIn = await SignInForm.PostAsync(client, user.Name, user.Password);
        using var negotiated = await NegotiateAsync(client, "/_blazor/negotiate?negotiateVersion=1", origin: null);
        using var bodiless = await client.PostAsync($"/api/alerts/{Fingerprint}/ack", content: null);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bodiless.StatusCode);
        Assert.Empty(_alertmanager.Posted);
    }

    [Theory]
    [InlineData("/hubs/alerts/negotiate?negotiateVersion=1", "http://localhost")]
    [InlineData("/hubs/alerts/negotiate?negotiateVersion=1", "HTTP://LOCALHOST:80")]
    [InlineData("/hubs/alerts/negotiate?negotiateVersion=1", Listed)]
    [InlineData("/hubs/alerts/negotiate?negotiateVersion=1", null)]
    [InlineData("/_blazor/negotiate?negotiateVersion=1", "http://localhost")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1", null)]
    public async Task Negotiating_from_the_own_origin_a_listed_one_or_a_non_browser_client_is_accepted(string path, string? origin)
    {
        using var client = await SignedInOperatorAsync();

        using var response = await NegotiateAsync(client, path, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("connectionId", out _));
    }

    [Fact]
    public async Task A_foreign_origin_with_a_bearer_token_may_negotiate_the_hub()
    {
        using var client = _app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/alerts/negotiate?negotiateVersion=1");
        request.Headers.Authorization = TestIdentities.BearerOf(Roles.Kiosk);
        request.Headers.Add("Origin", Foreign);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://console.example.com/path")]
    [InlineData("console.example.com")]
    [InlineData("ftp://console.example.com")]
    public async Task A_malformed_allowed_origin_stops_the_start_with_the_setting_named(string entry)
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = entry });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient().Dispose());

        Assert.Contains("Security:AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInOperatorAsync()
    {
        var client = _app.CreateBrowserLikeClient();
        var user = TestIdentities.Users.Single(u => u.Role == Roles.Operator);
        using var signedIn = await SignInForm.PostAsync(client, user.Name, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string path, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
