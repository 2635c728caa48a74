using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Identity;

/// <summary>OpenID Connect (authorization code + PKCE) when Auth:Oidc has an Authority and a ClientId.</summary>
internal static partial class OidcSetup
{
    public const string SchemeName = "oidc";

    // When someone has several mapped roles, the strongest wins.
    private static readonly string[] Precedence = [Roles.Admin, Roles.Operator, Roles.Viewer, Roles.Kiosk];

    public static AuthenticationBuilder AddConsoleOidc(this AuthenticationBuilder authentication, OidcOptions oidc)
    {
        if (!oidc.Enabled)
        {
            return authentication;
        }
        return authentication.AddOpenIdConnect(SchemeName, options =>
        {
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.Scope.Add("profile");
            options.Events.OnTokenValidated = OnTokenValidatedAsync;
        });
    }

    /// <summary>Our role for the identity provider's claims, or null when none maps (the sign-in is refused).</summary>
    public static string? MapRole(IEnumerable<Claim> claims, OidcOptions oidc)
    {
        var mapped = claims
            .Where(c => string.Equals(c.Type, oidc.RoleClaim, StringComparison.Ordinal))
            .Select(c => oidc.RoleMapping.TryGetValue(c.Value, out var role) ? Roles.Normalize(role) : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return Precedence.FirstOrDefault(mapped.Contains);
    }

    private static async Task OnTokenValidatedAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var oidc = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AuthOptions>>().CurrentValue.Oidc;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSetup).FullName!);
        var claims = context.Principal?.Claims.ToList() ?? [];
        var name = claims.FirstOrDefault(c => c.Type == oidc.NameClaim)?.Value
                   ?? claims.FirstOrDefault(c => c.Type == "sub")?.Value
                   ?? "unknown";
        var audit = services.GetRequiredService<IAuditLog>();
        var address = RateLimitSetup.AddressOf(context.HttpContext);
        if (MapRole(claims, oidc) is not { } role)
        {
            LogNoRole(logger, name, oidc.RoleClaim);
            await audit.WriteAsync(new AuditRecord { Actor = name, Action = AuditActions.SignInFailed, Address = address, Detail = "oidc: no mapped role" },
                context.HttpContext.RequestAborted);
            context.Fail($"No role: none of the values of the '{oidc.RoleClaim}' claim is mapped in Auth:Oidc:RoleMapping.");
            return;
        }
        context.Principal = ConsoleClaims.Create(name, role, ConsoleClaims.OidcSource, OpenIdConnectDefaults.AuthenticationScheme);
        LogSignedIn(logger, name, role);
        await audit.WriteAsync(new AuditRecord { Actor = name, Action = AuditActions.SignedIn, Address = address, Detail = $"{role} (oidc)" },
            context.HttpContext.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} signed in through OpenID Connect as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string user, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect sign-in of {User} refused: no value of claim {RoleClaim} maps to a role")]
    private static partial void LogNoRole(ILogger logger, string user, string roleClaim);
}
