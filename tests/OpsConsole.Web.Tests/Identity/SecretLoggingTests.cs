using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;
using Serilog.Core;

namespace OpsConsole.Web.Tests.Identity;

public sealed class SecretLoggingTests
{
    private const string PrometheusBearer = "prometheus-bearer-secret-5d1c9e";
    private const string PrometheusPassword = "prometheus-tenant-header-8a2f";

    [Fact]
    public async Task No_password_token_hash_or_cookie_reaches_the_log()
    {
        var sink = new CapturingSink();
        await using var app = new ConsoleAppFactory(
            new Dictionary<string, string?>
            {
                ["Prometheus:BearerToken"] = PrometheusBearer,
                ["Prometheus:Headers:X-Scope-OrgID"] = PrometheusPassword,
                // Everything at the most talkative level, the framework's request logs included.
                ["Serilog:MinimumLevel:Default"] = "Verbose",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
                ["Serilog:MinimumLevel:Override:OpsConsole"] = "Verbose",
            },
            services => services.AddSingleton<ILogEventSink>(sink));
        using var client = app.CreateBrowserLikeClient();

        // Every way in, right and wrong.
        var admin = TestIdentities.Admin;
        (await SignInForm.PostAsync(client, admin.Name, "wrong-" + admin.Password)).Dispose();
        using var signedIn = await SignInForm.PostAsync(client, admin.Name, admin.Password);
        (await client.GetAsync(new Uri("/boards/robot-health", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri($"/kiosk?token={TestIdentities.KioskToken}", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/kiosk?token=wrong-kiosk-token-1234", UriKind.Relative))).Dispose();
        foreach (var token in new[] { TestIdentities.ApiTokenOf(Roles.Admin), "wrong-api-token-5678" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await client.SendAsync(request)).Dispose();
        }
        await app.DisposeAsync();

        var cookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("opsconsole.auth", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1];
        var secrets = TestIdentities.Users.Select(u => u.Password)
            .Append(TestIdentities.KioskToken).Append(TokenHash.Of(TestIdentities.KioskToken))
            .Concat(Roles.All.Select(TestIdentities.ApiTokenOf)).Concat(Roles.All.Select(r => TokenHash.Of(TestIdentities.ApiTokenOf(r))))
            .Append("wrong-api-token-5678").Append("wrong-kiosk-token-1234")
            .Append(PrometheusBearer).Append(PrometheusPassword)
            .Append(cookie[..Math.Min(cookie.Length, 40)])
            .Append("pbkdf2-sha256$");
        Assert.True(sink.Count > 5, "Nothing was logged; the capture is not wired.");
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, sink.Text, StringComparison.Ordinal));
    }
}
