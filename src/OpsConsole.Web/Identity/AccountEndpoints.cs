using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Identity;

/// <summary>Sign-out (a form POST with antiforgery) and the single-sign-on start.</summary>
internal static partial class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string OidcPath = "/account/sign-in/oidc";
    public const string AccessDeniedPath = "/account/access-denied";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // [FromForm] makes the endpoint validate the antiforgery token of the form.
        endpoints.MapPost(SignOutPath, SignOutAsync).RequireAuthorization();
        endpoints.MapGet(OidcPath, StartOidc).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.SignIn);
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context, IAuditLog audit, ILoggerFactory loggers, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        var actor = ConsoleClaims.ActorOf(context.User);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        LogSignedOut(loggers.CreateLogger(typeof(AccountEndpoints).FullName!), actor);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = actor,
            Action = AuditActions.SignedOut,
            Address = RateLimitSetup.AddressOf(context),
        }, context.RequestAborted);
        return Results.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(LocalPath.OrRoot(returnUrl))}");
    }

    private static IResult StartOidc(IOptionsMonitor<AuthOptions> auth, string? returnUrl) =>
        auth.CurrentValue.Oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath.OrRoot(returnUrl) }, [OidcSetup.SchemeName])
            : Results.NotFound();

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} signed out")]
    private static partial void LogSignedOut(ILogger logger, string user);
}
