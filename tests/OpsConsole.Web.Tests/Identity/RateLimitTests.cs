using System.Net;

namespace OpsConsole.Web.Tests.Identity;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_from_one_address_beyond_the_limit_get_429()
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?>
        {
            ["Security:SignInPermitsPerAddressPerMinute"] = "2",
            ["Security:SignInPermitsPerUserPerMinute"] = "100",
        });
        using var client = app.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var user in new[] { "a", "b", "c" })
        {
            using var response = await SignInForm.PostAsync(client, user, "wrong");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Showing_the_sign_in_form_is_not_limited()
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?> { ["Security:SignInPermitsPerAddressPerMinute"] = "1" });
        using var client = app.CreateBrowserLikeClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Attempts_for_one_user_beyond_the_limit_are_refused_while_other_users_may_still_sign_in()
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?>
        {
            ["Security:SignInPermitsPerAddressPerMinute"] = "100",
            ["Security:SignInPermitsPerUserPerMinute"] = "2",
            ["Security:LockoutFailures"] = "100",
        });
        using var client = app.CreateBrowserLikeClient();
        var admin = TestIdentities.Admin;
        (await SignInForm.PostAsync(client, admin.Name, "wrong")).Dispose();
        (await SignInForm.PostAsync(client, admin.Name, "wrong")).Dispose();

        using var throttled = await SignInForm.PostAsync(client, admin.Name, admin.Password);
        var viewer = TestIdentities.Users[0];
        using var other = await SignInForm.PostAsync(client, viewer.Name, viewer.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(await SignInForm.ShowsErrorAsync(throttled, "Too many attempts"));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Kiosk_token_guesses_from_one_address_are_limited()
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?> { ["Security:SignInPermitsPerAddressPerMinute"] = "2" });
        using var client = app.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri($"/kiosk?token=guess-{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], statuses);
    }
}
