using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpsConsole.Web.Identity;

namespace OpsConsole.Web.Security;

/// <summary>
/// Keeps pages of other origins from acting, or reading live data, with the signed-in user's cookie. SameSite=Lax does
/// not stop them: another port of the same host is the same site. Requests that bring their own bearer token (API
/// tokens, the webhook) carry no ambient authority and pass; so do endpoints marked <see cref="CrossSiteExemptMetadata"/>.
/// <list type="bullet">
/// <item>The live endpoints (<c>/hubs/…</c>, <c>/_blazor</c>) answer only the console's own origin or one of
/// <c>Security:AllowedOrigins</c>: a browser names the page's origin on every WebSocket handshake, the one way a page
/// reads another origin's answers without CORS, so a foreign page can neither read the alert snapshot nor drive a
/// circuit. No Origin at all is a non-browser client: it passes.</item>
/// <item>Every other unsafe method must be a request that a foreign page cannot send without a CORS preflight (which the
/// console never grants): a JSON body, the <see cref="RequestHeader"/> header, or a form with a valid antiforgery token.
/// A foreign Origin is refused there too.</item>
/// </list>
/// </summary>
internal sealed partial class CrossSiteGuard(RequestDelegate next, IOptionsMonitor<SecurityOptions> options, ILogger<CrossSiteGuard> logger)
{
    /// <summary>Any value will do: a page can only add a custom header after a preflight that the console refuses.</summary>
    public const string RequestHeader = "X-OpsConsole-Request";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Check(context, options.CurrentValue.AllowedOrigins) is { } refusal)
        {
            LogRefused(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty,
                context.Request.Headers.Origin.ToString(), refusal.Title);
            await TypedResults.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail).ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>Why this request is refused, or null when it may go on.</summary>
    internal static CrossSiteRefusal? Check(HttpContext context, IReadOnlyCollection<string> allowedOrigins)
    {
        var request = context.Request;
        if (HasOwnCredentials(request) || context.GetEndpoint()?.Metadata.GetMetadata<CrossSiteExemptMetadata>() is not null)
        {
            return null;
        }
        var live = request.Path.StartsWithSegments("/hubs") || request.Path.StartsWithSegments("/_blazor");
        var safe = IsSafe(request.Method);
        if (!live && safe)
        {
            return null;
        }
        var origin = request.Headers.Origin.ToString();
        // Under our Referrer-Policy (no-referrer) the browser sends "null" for the console's own form posts and fetches,
        // and any page can ask for the same: on a write it proves nothing either way, so the rules below decide. A
        // WebSocket handshake always carries the page's real origin; "null" there is a sandboxed or data: page.
        var unknown = origin.Length == 0 || (!safe && origin == "null");
        if (!unknown && !TrustedOrigins.IsOwnOrAllowed(origin, request, allowedOrigins))
        {
            return new CrossSiteRefusal(
                StatusCodes.Status403Forbidden,
                "Foreign origin",
                $"Requests from pages of {origin} are not accepted. If the console is reached under that address, " +
                "list it in Security:AllowedOrigins.");
        }
        if (live || IsNonSimple(context))
        {
            return null;
        }
        return new CrossSiteRefusal(
            StatusCodes.Status400BadRequest,
            "Not a console request",
            $"{request.Method} {request.Path} must send a JSON body (Content-Type: application/json), the {RequestHeader} " +
            "header, or a form with its antiforgery token: a plain form or text request can come from any page the user has open.");
    }

    // A browser never adds a bearer token by itself (unlike Basic credentials a proxy may have asked for), and a request
    // with one is authenticated by it alone: the sign-in cookie is not even read.
    private static bool HasOwnCredentials(HttpRequest request) => ApiTokenAuthenticationHandler.HasBearer(request);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsNonSimple(HttpContext context) =>
        context.Request.Headers.ContainsKey(RequestHeader)
        || IsJson(context.Request.ContentType)
        || context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true };

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} from origin {Origin}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string origin, string reason);
}

/// <summary>The status and problem details of a refused cross-site request.</summary>
internal sealed record CrossSiteRefusal(int Status, string Title, string Detail);

/// <summary>Marks an endpoint that no cookie ever authenticates (it checks its own token), so the guard leaves it alone.</summary>
internal sealed class CrossSiteExemptMetadata
{
    public static CrossSiteExemptMetadata Instance { get; } = new();
}

internal static class CrossSiteGuardExtensions
{
    /// <summary>After UseAntiforgery, which records whether a form's token was valid.</summary>
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.UseMiddleware<CrossSiteGuard>();

    /// <summary>For endpoints that authenticate by their own token and never by the sign-in cookie.</summary>
    public static TBuilder ExemptFromCrossSiteGuard<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CrossSiteExemptMetadata.Instance);
}
