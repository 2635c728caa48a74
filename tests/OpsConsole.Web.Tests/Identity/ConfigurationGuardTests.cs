using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using OpsConsole.Web.Identity;

namespace OpsConsole.Web.Tests.Identity;

public sealed class ConfigurationGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public void Demo_users_refuse_a_non_loopback_address(string urls)
    {
        var configuration = Configuration(("Auth:DemoUsers", "true"), ("urls", urls));

        var error = Assert.Throws<InvalidOperationException>(() => DemoUserGuard.ThrowIfExposed(configuration));

        Assert.Contains("Auth:DemoUsers", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080;http://127.0.0.2:5081")]
    public void Demo_users_may_listen_on_loopback(string urls)
    {
        DemoUserGuard.ThrowIfExposed(Configuration(("Auth:DemoUsers", "true"), ("urls", urls)));
    }

    [Fact]
    public void Demo_users_refuse_ports_on_every_interface_and_kestrel_endpoints_elsewhere()
    {
        Assert.Throws<InvalidOperationException>(() =>
            DemoUserGuard.ThrowIfExposed(Configuration(("Auth:DemoUsers", "true"), ("http_ports", "8080"))));
        Assert.Throws<InvalidOperationException>(() =>
            DemoUserGuard.ThrowIfExposed(Configuration(("Auth:DemoUsers", "true"), ("Kestrel:Endpoints:Http:Url", "http://10.0.0.5:80"))));
    }

    [Fact]
    public void Real_users_may_listen_anywhere()
    {
        DemoUserGuard.ThrowIfExposed(Configuration(("urls", "http://0.0.0.0:5080")));
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_demo_users_on_a_public_address()
    {
        await using var app = new ConsoleAppFactory(new Dictionary<string, string?>
        {
            ["Auth:DemoUsers"] = "true",
            ["urls"] = "http://0.0.0.0:5080",
        });

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Auth:DemoUsers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_configuration_mistake_is_reported_at_once_without_echoing_hashes()
    {
        var options = new AuthOptions
        {
            Users =
            [
                new LocalUserOptions { Name = "alice", PasswordHash = "secret-looking-value", Role = "Viewer" },
                new LocalUserOptions { Name = "ALICE", PasswordHash = PasswordHasher.Hash("x", PasswordHasher.MinimumIterations), Role = "Boss" },
            ],
            ApiTokens = [new ApiTokenOptions { Name = "ci", TokenHash = "abc", Role = "Operator" }],
            KioskTokens = [new KioskTokenOptions { Name = "wall", TokenHash = new string('a', 64), Home = "https://elsewhere.example" }],
        };

        var result = new AuthOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Auth:Users:0:PasswordHash", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Auth:Users:1:Role", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("'alice' 2 times", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Auth:ApiTokens:0:TokenHash", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Auth:KioskTokens:0:Home", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("secret-looking-value", StringComparison.Ordinal));
    }

    [Fact]
    public void Oidc_claims_map_to_the_strongest_configured_role_and_unmapped_people_get_none()
    {
        var oidc = new OidcOptions
        {
            RoleClaim = "groups",
            RoleMapping = new Dictionary<string, string> { ["noc"] = "Viewer", ["sre"] = "Operator", ["platform-admins"] = "Admin" },
        };

        Assert.Equal("Operator", OidcSetup.MapRole([new Claim("groups", "noc"), new Claim("groups", "sre")], oidc));
        Assert.Equal("Admin", OidcSetup.MapRole([new Claim("groups", "platform-admins"), new Claim("groups", "noc")], oidc));
        Assert.Null(OidcSetup.MapRole([new Claim("groups", "finance"), new Claim("roles", "sre")], oidc));
    }

    [Theory]
    [InlineData("/boards/robot-health?from=now-1h", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    public void Only_local_paths_are_return_urls(string url, bool local)
    {
        Assert.Equal(local, LocalPath.IsLocal(url));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
