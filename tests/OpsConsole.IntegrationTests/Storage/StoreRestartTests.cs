using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpsConsole.Testing;
using OpsConsole.Web.Storage;

namespace OpsConsole.IntegrationTests.Storage;

[Collection(PostgresCollection.Name)]
public sealed partial class StoreRestartTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Audit_entries_and_preferences_survive_a_console_restart(StoreKind kind)
    {
        using var data = new TemporaryDirectory("store-restart");
        var (first, connection) = await ConsoleHost.StartAsync(kind, data, postgres);
        await using (first)
        {
            using var browser = first.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using var signedIn = await SignInAsync(browser, ConsoleHost.AdminName, ConsoleHost.AdminPassword);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            await first.Get<PreferenceService>().SetThemeAsync(ConsoleHost.AdminName, "light", CancellationToken.None);
            await first.Get<PreferenceService>().SetLanguageAsync(ConsoleHost.AdminName, "en", CancellationToken.None);
        }

        await using var second = new ConsoleHost(data.Path, connection);
        using var client = second.AdminClient();
        var audit = await client.GetFromJsonAsync<AuditPage>(new Uri("/api/audit?actor=admin", UriKind.Relative));
        var preferences = await second.Get<IUserPreferenceStore>().GetAsync(ConsoleHost.AdminName, CancellationToken.None);

        Assert.NotNull(audit);
        Assert.Equal(
            [AuditActions.PreferenceChanged, AuditActions.PreferenceChanged, AuditActions.SignedIn],
            audit.Entries.Select(e => e.Action).ToArray());
        Assert.Equal(["language", "theme"], audit.Entries.Take(2).Select(e => e.Target!).ToArray());
        Assert.NotNull(preferences);
        Assert.Equal("light", preferences.Theme);
        Assert.Equal("en", preferences.Language);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task A_signed_in_user_gets_their_stored_theme_on_the_first_paint(StoreKind kind)
    {
        using var data = new TemporaryDirectory("store-theme");
        var (host, _) = await ConsoleHost.StartAsync(kind, data, postgres);
        await using var _ = host;
        using var client = host.AdminClient();
        var dark = await client.GetStringAsync(new Uri("/account/access-denied", UriKind.Relative));

        await host.Get<PreferenceService>().SetThemeAsync("api:store-tests", "light", CancellationToken.None);
        var light = await client.GetStringAsync(new Uri("/account/access-denied", UriKind.Relative));

        Assert.NotEqual(ThemeColours(dark), ThemeColours(light));
    }

    private static string ThemeColours(string html) => BackgroundVariable().Match(html).Value;

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "sign-in",
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("--mud-palette-background: ?[^;]+;")]
    private static partial Regex BackgroundVariable();
}
