using System.Security.Cryptography;
using System.Text;

namespace OpsConsole.Web.Alerts.Webhook;

/// <summary>Checks the webhook's bearer token in constant time (hashes first, so the length does not leak either).</summary>
internal static class WebhookToken
{
    private const string Prefix = "Bearer ";

    public static bool IsAuthorized(string? authorizationHeader, string? configuredToken)
    {
        if (string.IsNullOrEmpty(configuredToken) || authorizationHeader is null
            || !authorizationHeader.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorizationHeader[Prefix.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configuredToken.Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
