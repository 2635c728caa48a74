using System.Net.Http.Headers;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>Known users and tokens for tests: one user and one API token per role, one kiosk token.</summary>
public static class TestIdentities
{
    public const string KioskToken = "kiosk-token-for-tests-7f3a9c1e5b2d4f6a8c0e2b4d6f8a1c3e";
    public const string KioskName = "test-wall";
    public const string KioskHome = "/boards/robot-health";

    public static IReadOnlyList<TestUser> Users { get; } =
    [
        new("viewer", "viewer-password-1", Roles.Viewer),
        new("operator", "operator-password-2", Roles.Operator),
        new("admin", "admin-password-3", Roles.Admin),
    ];

    public static TestUser Admin => Users.Single(u => u.Role == Roles.Admin);

    /// <summary>The API token of a role (every role has one, Kiosk included, so the matrix can walk as each).</summary>
    public static string ApiTokenOf(string role) => $"api-token-for-tests-{role.ToLowerInvariant()}-0d9e8f7a6b5c4d3e2f1a";

    public static AuthenticationHeaderValue BearerOf(string role) => new("Bearer", ApiTokenOf(role));

    /// <summary>Configuration for all of them (hashes made with the cheapest accepted work factor).</summary>
    public static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < Users.Count; i++)
        {
            settings[$"Auth:Users:{i}:Name"] = Users[i].Name;
            settings[$"Auth:Users:{i}:PasswordHash"] = PasswordHasher.Hash(Users[i].Password, PasswordHasher.MinimumIterations);
            settings[$"Auth:Users:{i}:Role"] = Users[i].Role;
        }
        for (var i = 0; i < Roles.All.Count; i++)
        {
            settings[$"Auth:ApiTokens:{i}:Name"] = $"test-{Roles.All[i].ToLowerInvariant()}";
            settings[$"Auth:ApiTokens:{i}:TokenHash"] = TokenHash.Of(ApiTokenOf(Roles.All[i]));
            settings[$"Auth:ApiTokens:{i}:Role"] = Roles.All[i];
        }
        settings["Auth:KioskTokens:0:Name"] = KioskName;
        settings["Auth:KioskTokens:0:TokenHash"] = TokenHash.Of(KioskToken);
        settings["Auth:KioskTokens:0:Home"] = KioskHome;
        return settings;
    }
}

public sealed record TestUser(string Name, string Password, string Role);
