using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Storage;
using OpsConsole.Web.Tests.Identity;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>Which language a request gets: the signed-in user's stored choice, else the culture cookie, else Accept-Language, else zh-CN.</summary>
public sealed class RequestCultureTests : IAsyncLifetime
{
    private const string SignInPath = "/account/sign-in";
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new ConsoleAppFactory();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_browser_that_says_nothing_gets_Chinese()
    {
        using var client = _app.CreateDefaultClient();

        var page = await GetAsync(client, SignInPath);

        Assert.Equal(UiCultures.Chinese, page.Language);
        Assert.Contains("<html lang=\"zh-CN\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("用户名", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("User name", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("zh-TW,zh;q=0.9", "zh-CN")]
    [InlineData("fr-FR,en;q=0.5", "en")]
    [InlineData("zh;q=0.2,en;q=0.8", "en")]
    [InlineData("fr-FR", "zh-CN")]
    public async Task The_browser_language_chooses_when_there_is_no_cookie(string acceptLanguage, string expected)
    {
        using var client = _app.CreateDefaultClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await GetAsync(client, SignInPath);

        Assert.Equal(expected, page.Language);
        Assert.Contains(expected == "en" ? "User name" : "用户名", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_culture_cookie_as_the_language_menu_writes_it_beats_the_browser_language()
    {
        var cookies = new System.Net.CookieContainer();
        // preferences.js writes encodeURIComponent("c=en|uic=en").
        cookies.Add(new Uri("http://localhost"), new Cookie(".AspNetCore.Culture", "c%3Den%7Cuic%3Den"));
        using var client = _app.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var page = await GetAsync(client, SignInPath);

        Assert.Equal(UiCultures.English, page.Language);
        Assert.Contains("Sign in", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_users_stored_language_beats_the_cookie_and_the_browser()
    {
        var cookies = new System.Net.CookieContainer();
        using var client = _app.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");
        var viewer = TestIdentities.Users[0];
        using (var signedIn = await SignInForm.PostAsync(client, viewer.Name, viewer.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        cookies.Add(new Uri("http://localhost"), new Cookie(".AspNetCore.Culture", "c%3Dzh-CN%7Cuic%3Dzh-CN"));
        Assert.Equal(UiCultures.Chinese, (await GetAsync(client, "/account/access-denied")).Language);

        await _app.Services.GetRequiredService<PreferenceService>().SetLanguageAsync(viewer.Name, UiCultures.English, CancellationToken.None);
        _app.Services.GetRequiredService<UserLanguages>().Forget(viewer.Name);
        var page = await GetAsync(client, "/account/access-denied");

        Assert.Equal(UiCultures.English, page.Language);
        Assert.Contains("Access denied", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_answers_follow_the_language_too()
    {
        using var client = _app.CreateDefaultClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        using var response = await client.GetAsync(new Uri("/kiosk?token=not-a-kiosk-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This wall-screen link is not valid or has been revoked.", await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string? Language, string Html)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Content.Headers.ContentLanguage.SingleOrDefault(), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
