using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Security;

/// <summary>The real console process, logging everything to its console, never prints a secret.</summary>
public sealed partial class ConsoleProcessSecretTests
{
    private const string PrometheusBearer = "process-test-prometheus-bearer-4e8d1a";

    [Fact]
    public async Task The_console_output_holds_no_password_token_or_cookie_even_at_debug_level()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            // Nothing listens there: the client's failures get logged, with its credentials at hand.
            ["Prometheus:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Prometheus:BearerToken"] = PrometheusBearer,
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
        }, timeout.Token);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = console.Url };

        using var wrong = await SignInAsync(client, ConsoleServer.Credentials.Admin, "wrong-" + ConsoleServer.Credentials.Password);
        using var right = await SignInAsync(client, ConsoleServer.Credentials.Admin, ConsoleServer.Credentials.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        (await client.GetAsync(new Uri("audit", UriKind.Relative))).Dispose();
        (await client.GetAsync(console.KioskUrl)).Dispose();
        (await client.GetAsync(new Uri("kiosk?token=process-test-wrong-kiosk-token", UriKind.Relative))).Dispose();
        foreach (var token in new[] { ConsoleServer.Credentials.ApiToken, "process-test-wrong-api-token" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/audit", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await client.SendAsync(request)).Dispose();
        }
        var cookie = handler.CookieContainer.GetCookies(console.Url)["opsconsole.auth"]?.Value;
        Assert.NotNull(cookie);
        await Eventually.Until(_ => Task.FromResult(console.Output.Contains("kiosk", StringComparison.OrdinalIgnoreCase)),
            TimeSpan.FromSeconds(10), "the console to log the kiosk sign-in", timeout.Token);

        var output = console.Output;
        string[] secrets =
        [
            ConsoleServer.Credentials.Password, ConsoleServer.Credentials.KioskToken, ConsoleServer.Credentials.ApiToken,
            "process-test-wrong-kiosk-token", "process-test-wrong-api-token", PrometheusBearer, cookie[..40], "pbkdf2-sha256$",
        ];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, output, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync(new Uri("account/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
            ["_handler"] = "sign-in",
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("account/sign-in", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
