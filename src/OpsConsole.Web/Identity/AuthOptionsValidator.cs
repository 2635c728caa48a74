using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

/// <summary>Reports every invalid Auth entry at once; never echoes a hash.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var at = $"Auth:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                errors.Add($"{at}:Name is empty.");
            }
            if (!PasswordHasher.IsWellFormed(user.PasswordHash))
            {
                errors.Add($"{at}:PasswordHash ({user.Name}) is not a {PasswordHasher.Scheme}$iterations$salt$hash value; make one with: printf '%s' \"$password\" | OpsConsole.Web --hash-password");
            }
            RequireRole(errors, at, user.Role);
        }
        foreach (var duplicate in options.Users.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"Auth:Users has the name '{duplicate.Key}' {duplicate.Count()} times.");
        }
        for (var i = 0; i < options.KioskTokens.Count; i++)
        {
            var kiosk = options.KioskTokens[i];
            if (string.IsNullOrWhiteSpace(kiosk.Name))
            {
                errors.Add($"Auth:KioskTokens:{i}:Name is empty.");
            }
            if (!TokenHash.IsWellFormed(kiosk.TokenHash))
            {
                errors.Add($"Auth:KioskTokens:{i}:TokenHash ({kiosk.Name}) is not 64 hex digits (SHA-256 of the token).");
            }
            if (!LocalPath.IsLocal(kiosk.Home))
            {
                errors.Add($"Auth:KioskTokens:{i}:Home ({kiosk.Name}) must be a local path such as /boards/robot-health.");
            }
        }
        for (var i = 0; i < options.ApiTokens.Count; i++)
        {
            var token = options.ApiTokens[i];
            if (string.IsNullOrWhiteSpace(token.Name))
            {
                errors.Add($"Auth:ApiTokens:{i}:Name is empty.");
            }
            if (!TokenHash.IsWellFormed(token.TokenHash))
            {
                errors.Add($"Auth:ApiTokens:{i}:TokenHash ({token.Name}) is not 64 hex digits (SHA-256 of the token).");
            }
            RequireRole(errors, $"Auth:ApiTokens:{i}", token.Role);
        }
        var oidc = options.Oidc;
        if (string.IsNullOrWhiteSpace(oidc.Authority) != string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            errors.Add("Auth:Oidc needs both Authority and ClientId (or neither).");
        }
        foreach (var (claimValue, role) in oidc.RoleMapping)
        {
            if (Roles.Normalize(role) is null)
            {
                errors.Add($"Auth:Oidc:RoleMapping:{claimValue} is '{role}'; use one of {string.Join(", ", Roles.All)}.");
            }
        }
        if (options.SessionIdleTimeout <= TimeSpan.Zero || options.KioskSessionLifetime <= TimeSpan.Zero)
        {
            errors.Add("Auth:SessionIdleTimeout and Auth:KioskSessionLifetime must be positive.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireRole(List<string> errors, string at, string role)
    {
        if (Roles.Normalize(role) is null)
        {
            errors.Add($"{at}:Role is '{role}'; use one of {string.Join(", ", Roles.All)}.");
        }
    }
}
