using System.Security.Claims;

namespace OpsConsole.Web.Identity;

/// <summary>The principal every sign-in method produces: a name, one of our roles, and where it came from.</summary>
public static class ConsoleClaims
{
    /// <summary>"local", "kiosk", "api" or "oidc".</summary>
    public const string Source = "opsconsole:source";

    /// <summary>Kiosk sign-ins: a fingerprint of the token entry, so removing or rotating it signs the screen out.</summary>
    public const string KioskStamp = "opsconsole:kiosk";

    public const string LocalSource = "local";
    public const string KioskSource = "kiosk";
    public const string ApiSource = "api";
    public const string OidcSource = "oidc";

    public static ClaimsPrincipal Create(string name, string role, string source, string authenticationType, params Claim[] extra)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaim(new Claim(Source, source));
        identity.AddClaims(extra);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The name the audit log records for this principal ("anonymous" when not signed in).</summary>
    public static string ActorOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
}
