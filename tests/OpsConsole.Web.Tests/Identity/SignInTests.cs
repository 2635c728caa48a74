using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Identity;

public sealed class SignInTests : IAsyncLifetime
{
    // Near the real time: the cookie's expiry comes from this clock and the HTTP client judges it by the real one.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new ConsoleAppFactory(
            new Dictionary<string, string?>
            {
                ["Security:LockoutFailures"] = "3",
                ["Security:LockoutDuration"] = "00:05:00",
                ["Security:SignInPermitsPerUserPerMinute"] = "100",
                ["Security:SignInPermitsPerAddressPerMinute"] = "100",
            },
            services => services.AddSingleton<TimeProvider>(_time));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_with_the_way_back()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/boards/robot-health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fboards%2Frobot-health", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_sign_in_page_has_stable_hooks_for_browser_tests()
    {
        using var client = _app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        foreach (var hook in new[] { "sign-in-user", "sign-in-password", "sign-in-submit" })
        {
            Assert.Contains($"data-testid=\"{hook}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_right_password_sets_the_cookie_and_returns_to_the_page_asked_for()
    {
        using var client = _app.CreateBrowserLikeClient();
        var viewer = TestIdentities.Users.Single(u => u.Role == Roles.Viewer);

        using var response = await SignInForm.PostAsync(client, viewer.Name, viewer.Password, "/boards/robot-health");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/boards/robot-health", response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
        using var board = await client.GetAsync(new Uri("/boards/robot-health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Contains("data-testid=\"user-name\"", await board.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var client = _app.CreateBrowserLikeClient();
        var viewer = TestIdentities.Users.Single(u => u.Role == Roles.Viewer);

        using var response = await SignInForm.PostAsync(client, viewer.Name, viewer.Password, "//evil.example/steal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.AbsolutePath);
        Assert.Equal("localhost", response.Headers.Location.Host);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_and_signs_nobody_in()
    {
        using var client = _app.CreateBrowserLikeClient();

        using var response = await SignInForm.PostAsync(client, "viewer", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await SignInForm.ShowsErrorAsync(response, "Wrong user name or password"));
        using var board = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_user_out_even_with_the_right_password_until_the_lockout_ends()
    {
        using var client = _app.CreateBrowserLikeClient();
        var admin = TestIdentities.Admin;
        for (var i = 0; i < 3; i++)
        {
            (await SignInForm.PostAsync(client, admin.Name, "wrong")).Dispose();
        }

        using var locked = await SignInForm.PostAsync(client, admin.Name, admin.Password);
        Assert.True(await SignInForm.ShowsErrorAsync(locked, "locked"));

        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var afterwards = await SignInForm.PostAsync(client, admin.Name, admin.Password);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task Sign_in_outcomes_are_audited_with_the_user_and_never_the_password()
    {
        using var client = _app.CreateBrowserLikeClient();
        var admin = TestIdentities.Admin;
        (await SignInForm.PostAsync(client, admin.Name, "wrong-once")).Dispose();
        (await SignInForm.PostAsync(client, admin.Name, admin.Password)).Dispose();

        var page = await client.GetFromJsonAsync<AuditPage>(new Uri("/api/audit?actor=admin", UriKind.Relative));

        Assert.NotNull(page);
        Assert.Equal([AuditActions.SignedIn, AuditActions.SignInFailed], page.Entries.Select(e => e.Action).ToArray());
        Assert.DoesNotContain(page.Entries, e => (e.Detail ?? string.Empty).Contains("wrong-once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = _app.CreateBrowserLikeClient();
        var viewer = TestIdentities.Users.Single(u => u.Role == Roles.Viewer);
        (await SignInForm.PostAsync(client, viewer.Name, viewer.Password)).Dispose();
        var board = await client.GetStringAsync(new Uri("/boards/robot-health", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(board, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["returnUrl"] = "/boards/robot-health",
        });
        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync(new Uri("/boards/robot-health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused()
    {
        using var client = _app.CreateBrowserLikeClient();
        var viewer = TestIdentities.Users.Single(u => u.Role == Roles.Viewer);
        (await SignInForm.PostAsync(client, viewer.Name, viewer.Password)).Dispose();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        using var board = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }
}
