using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Web.Tests.Identity;

namespace OpsConsole.Web.Tests.Wall;

/// <summary>
/// A kiosk bound to a wall screen: its link opens the screen in the screen's language; its heartbeat slides the cookie
/// forward (a screen never lands on the sign-in page) and answers 401 once the token is revoked.
/// </summary>
public sealed class WallKioskTests : IAsyncLifetime
{
    private readonly DirectoryInfo _playlists = Directory.CreateTempSubdirectory("opsconsole-webtests-playlists-");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ConsoleAppFactory _app = null!;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_playlists.FullName, "lobby.yaml"), $"""
            id: lobby
            title: {"{"} zh-CN: 大厅, en: Lobby {"}"}
            entries:
              - board: overview
                dwell: 30s
            screens:
              - id: lobby
                kiosk: {TestIdentities.KioskName}
                language: en
            """);
        _app = new ConsoleAppFactory(
            new Dictionary<string, string?> { ["Playlists:Directory"] = _playlists.FullName },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _playlists.Delete(recursive: true);
    }

    [Fact]
    public async Task The_kiosk_link_opens_its_screen_in_the_screens_language_whatever_the_browser_asks()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var signIn = await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/wall/lobby", UriKind.Relative));
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var wall = await client.SendAsync(request);

        Assert.Equal("/wall/lobby", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains("<html lang=\"en\"", await wall.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heartbeat_past_half_the_cookies_life_renews_it_for_another_full_life()
    {
        using var client = _app.CreateBrowserLikeClient();
        using var signIn = await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative));
        var issuedExpiry = ExpiresOf(signIn);

        using (var early = await HeartbeatAsync(client))
        {
            // Not yet half-way: nothing to renew. The page is unknown here (no circuit), which the heartbeat says.
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
            Assert.Null(ExpiresOfOrNull(early));
        }

        _clock.Advance(TimeSpan.FromDays(16));
        using var late = await HeartbeatAsync(client);

        var renewed = ExpiresOf(late);
        Assert.True(renewed >= issuedExpiry + TimeSpan.FromDays(15), $"the cookie was issued until {issuedExpiry:u} and renewed until {renewed:u}");
    }

    [Fact]
    public async Task A_heartbeat_of_a_revoked_screen_gets_401_and_a_malformed_one_400()
    {
        using var client = _app.CreateBrowserLikeClient();
        using var signIn = await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opsconsole.auth", StringComparison.Ordinal)).Split(';')[0];
        using (var malformed = await HeartbeatAsync(client, """{"connection":""}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        await using var revoked = new ConsoleAppFactory(
            new Dictionary<string, string?> { ["Auth:KioskTokens:0:TokenHash"] = new string('0', 64), ["Playlists:Directory"] = _playlists.FullName },
            dataDirectory: _app.DataDirectory);
        using var stale = revoked.CreateBrowserLikeClient();
        stale.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await HeartbeatAsync(stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<HttpResponseMessage> HeartbeatAsync(HttpClient client, string body = """{"connection":"0123456789abcdef","heapBytes":1048576,"domNodes":900}""") =>
        client.PostAsync(new Uri("/api/wall/heartbeat", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    private static DateTimeOffset ExpiresOf(HttpResponseMessage response) =>
        ExpiresOfOrNull(response) ?? throw new Xunit.Sdk.XunitException("the response set no sign-in cookie with an expiry");

    private static DateTimeOffset? ExpiresOfOrNull(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return null;
        }
        var auth = cookies.FirstOrDefault(c => c.StartsWith("opsconsole.auth", StringComparison.Ordinal));
        var expires = auth?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        return expires is null ? null : DateTimeOffset.Parse(expires["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
