using System.Net;

namespace OpsConsole.Web.Identity;

/// <summary>
/// Demo accounts have passwords printed on a terminal: the console refuses to start with them
/// (Auth:DemoUsers=true) while configured to listen on anything but loopback.
/// </summary>
internal static class DemoUserGuard
{
    public static void ThrowIfExposed(IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>($"{AuthOptions.SectionName}:{nameof(AuthOptions.DemoUsers)}"))
        {
            return;
        }
        var exposed = ListenAddresses(configuration).Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Auth:DemoUsers is true but the console would listen on {string.Join(", ", exposed)}. " +
                "Demo accounts are for this machine only: bind to 127.0.0.1 (e.g. --urls http://127.0.0.1:5080), " +
                "or configure real users (Auth:Users with --hash-password hashes) and remove Auth:DemoUsers.");
        }
    }

    /// <summary>Every address Kestrel would bind, as configured (urls, http_ports, Kestrel:Endpoints).</summary>
    internal static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return $"http://*:{port}";
            }
        }
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    internal static bool IsLoopback(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))] : rest.Split(':', '/')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
