using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

/// <summary>
/// Re-checks a sign-in cookie against the current configuration on every request: a removed local user,
/// a changed role, or a removed/rotated kiosk token ends the session at once rather than at cookie expiry.
/// </summary>
internal static class CookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var auth = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue;
        if (context.Principal is { } principal && IsStillValid(principal, auth))
        {
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    internal static bool IsStillValid(ClaimsPrincipal principal, AuthOptions auth)
    {
        var name = principal.Identity?.Name;
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return principal.FindFirstValue(ConsoleClaims.Source) switch
        {
            ConsoleClaims.LocalSource => auth.Users.Any(u =>
                string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase) && Roles.Normalize(u.Role) == role),
            ConsoleClaims.KioskSource => auth.KioskTokens.Any(k =>
                KioskSignIn.StampOf(k) == principal.FindFirstValue(ConsoleClaims.KioskStamp)),
            ConsoleClaims.OidcSource => auth.Oidc.Enabled,
            _ => false,
        };
    }
}
