using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> for automation: the token's SHA-256 must match an Auth:ApiTokens
/// entry, whose role the request then has. Challenges answer 401, forbids 403 - never a redirect.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Prefix = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var token = header[Prefix.Length..].Trim();
        // Check every entry, so the time taken does not depend on which one matched.
        ApiTokenOptions? match = null;
        foreach (var entry in auth.CurrentValue.ApiTokens)
        {
            if (token.Length > 0 && TokenHash.Matches(token, entry.TokenHash))
            {
                match = entry;
            }
        }
        if (match is null || Roles.Normalize(match.Role) is not { } role)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not a configured API token."));
        }
        var principal = ConsoleClaims.Create($"api:{match.Name}", role, ConsoleClaims.ApiSource, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}
