namespace OpsConsole.Web.Security;

/// <summary>
/// Whether a browser's <c>Origin</c> header names the console itself: its own scheme, host and port as this request
/// reached it, or one of <c>Security:AllowedOrigins</c> (the public address behind a proxy that rewrites Host or
/// terminates TLS). Ports are compared with the scheme's default filled in, names case-insensitively.
/// </summary>
internal static class TrustedOrigins
{
    public static bool IsOwnOrAllowed(string origin, HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        if (!TryParse(origin, out var asked))
        {
            // "null" (sandboxed frames, file: pages) and anything unparseable is nobody we know.
            return false;
        }
        if (request.Host.HasValue && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own)
            && SameOrigin(asked, own))
        {
            return true;
        }
        foreach (var entry in allowed)
        {
            if (TryParse(entry, out var listed) && SameOrigin(asked, listed))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An origin is scheme://host[:port] of http or https, with no path, query or user part.</summary>
    public static bool TryParse(string? text, out Uri origin)
    {
        origin = null!;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }
        if ((uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }
        origin = uri;
        return true;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
