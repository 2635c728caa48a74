using System.Text.RegularExpressions;

namespace OpsConsole.Web.Security;

/// <summary>
/// Security headers on every response. The CSP is as strict as Blazor Server and MudBlazor allow:
/// scripts only from our origin (plus the per-request nonce of the import map Blazor renders inline),
/// inline styles (MudBlazor and ApexCharts set style attributes), the circuit's websocket to ourselves.
/// </summary>
public static partial class SecurityHeaders
{
    private const string NonceKey = "opsconsole.csp-nonce";

    /// <summary>The nonce of this request's inline script (the import map); null outside a request.</summary>
    public static string? NonceOf(HttpContext? context) =>
        context?.Items.TryGetValue(NonceKey, out var nonce) == true ? nonce as string : null;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Hex is valid nonce syntax and survives HTML attribute encoding unchanged.
            var nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request.Host, nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });

    internal static string ContentSecurityPolicy(HostString host, string nonce)
    {
        // 'self' covers ws:/wss: of the same host in CSP3 browsers; older ones need the explicit origins.
        var sockets = host.HasValue && SafeHost().IsMatch(host.Value) ? $" ws://{host.Value} wss://{host.Value}" : string.Empty;
        return "default-src 'self'; " +
               $"script-src 'self' 'nonce-{nonce}'; " +
               "style-src 'self' 'unsafe-inline'; " +
               "img-src 'self' data:; " +
               "font-src 'self' data:; " +
               $"connect-src 'self'{sockets}; " +
               "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex SafeHost();
}
