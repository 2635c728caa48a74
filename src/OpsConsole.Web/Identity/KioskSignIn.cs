using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Wall;
using OpsConsole.Web.Security;
using OpsConsole.Web.Wall;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Identity;

/// <summary>
/// <c>GET /kiosk?token=...</c>: a wall screen presents its long random token once, gets a long-lived cookie
/// and is redirected to its board, so the token leaves the address bar at once.
/// </summary>
internal static partial class KioskSignIn
{
    public const string Route = "/kiosk";

    public static IEndpointRouteBuilder MapKioskSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.SignIn);
        return endpoints;
    }

    /// <summary>Identifies the token entry without revealing its hash (a hash of the hash, shortened).</summary>
    public static string StampOf(KioskTokenOptions entry) =>
        TokenHash.Of($"{entry.Name}\n{entry.TokenHash.Trim().ToLowerInvariant()}")[..16];

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        IOptionsMonitor<AuthOptions> auth,
        IAuditLog audit,
        TimeProvider time,
        PlaylistCatalog playlists,
        ILoggerFactory loggers,
        string? token)
    {
        var logger = loggers.CreateLogger(typeof(KioskSignIn).FullName!);
        var address = RateLimitSetup.AddressOf(context);
        var options = auth.CurrentValue;
        KioskTokenOptions? match = null;
        foreach (var entry in options.KioskTokens)
        {
            if (!string.IsNullOrEmpty(token) && TokenHash.Matches(token, entry.TokenHash))
            {
                match = entry;
            }
        }
        if (match is null)
        {
            LogRejected(logger, address);
            await audit.WriteAsync(new AuditRecord { Actor = "anonymous", Action = AuditActions.KioskTokenRejected, Address = address },
                context.RequestAborted);
            return Results.Text(KioskText.InvalidLink, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var name = KioskNames.PrincipalName(match.Name);
        var principal = ConsoleClaims.Create(name, Roles.Kiosk, ConsoleClaims.KioskSource,
            CookieAuthenticationDefaults.AuthenticationScheme, new Claim(ConsoleClaims.KioskStamp, StampOf(match)));
        var now = time.GetUtcNow();
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties
        {
            IsPersistent = true,
            IssuedUtc = now,
            ExpiresUtc = now + options.KioskSessionLifetime,
        });
        LogSignedIn(logger, name, address);
        await audit.WriteAsync(new AuditRecord { Actor = name, Action = AuditActions.KioskSignedIn, Address = address }, context.RequestAborted);
        // A token bound to a wall screen opens that screen; otherwise its configured home page.
        var screen = playlists.Current.ScreenOfKiosk(match.Name);
        return Results.Redirect(screen is not null ? WallRoutes.Screen(screen.Id) : LocalPath.OrRoot(match.Home));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wall screen {Kiosk} signed in from {Address}")]
    private static partial void LogSignedIn(ILogger logger, string kiosk, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A kiosk link with an unknown or revoked token was used from {Address}")]
    private static partial void LogRejected(ILogger logger, string address);
}
