using OpsConsole.Web.Security;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>Who may reach an endpoint or page, as the role matrix declares it.</summary>
public sealed record Access(string Description, bool Anonymous, IReadOnlySet<string> Roles)
{
    public static Access Everyone { get; } = new("anyone, signed in or not", true, new HashSet<string>(Security.Roles.All));

    public static Access SignedIn { get; } = new("any signed-in role", false, new HashSet<string>(Security.Roles.All));

    public static Access Policy(string policy) =>
        new($"policy {policy}", false, new HashSet<string>(Policies.RolesOf[policy]));

    public bool Allows(string? role) => role is null ? Anonymous : Roles.Contains(role);
}
