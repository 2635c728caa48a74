using System.Net;
using System.Net.Http.Headers;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Identity;

public sealed class TokenSignInTests : IAsyncLifetime
{
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new ConsoleAppFactory();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_kiosk_link_signs_the_screen_in_and_sends_it_to_its_board_without_the_token()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestIdentities.KioskHome, response.Headers.Location!.OriginalString);
        using var board = await client.GetAsync(new Uri(TestIdentities.KioskHome, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }

    [Fact]
    public async Task A_kiosk_screen_may_not_open_the_audit_log()
    {
        using var client = _app.CreateBrowserLikeClient();
        (await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative))).Dispose();

        using var audit = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }

    [Fact]
    public async Task An_unknown_kiosk_token_is_refused()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/kiosk?token=guessed-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Where(c => c.StartsWith("opsconsole.auth", StringComparison.Ordinal)) : []);
    }

    [Fact]
    public async Task A_revoked_kiosk_token_ends_the_screens_session()
    {
        var issued = new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative);
        using var client = _app.CreateBrowserLikeClient();
        using var signIn = await client.GetAsync(issued);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opsconsole.auth", StringComparison.Ordinal)).Split(';')[0];

        // The same app (same keys) with the kiosk entry removed from configuration.
        await using var revoked = new ConsoleAppFactory(
            new Dictionary<string, string?> { ["Auth:KioskTokens:0:TokenHash"] = new string('0', 64) },
            dataDirectory: _app.DataDirectory);
        using var stale = revoked.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(TestIdentities.KioskHome, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await stale.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_carries_its_role_and_a_wrong_one_gets_401_not_a_redirect()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var admin = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit", UriKind.Relative));
        admin.Headers.Authorization = TestIdentities.BearerOf(Roles.Admin);
        using var operatorRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit", UriKind.Relative));
        operatorRequest.Headers.Authorization = TestIdentities.BearerOf(Roles.Operator);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit", UriKind.Relative));
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-configured-token");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(operatorRequest)).StatusCode);
        var refused = await client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
    }
}
