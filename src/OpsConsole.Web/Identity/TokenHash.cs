using System.Security.Cryptography;
using System.Text;

namespace OpsConsole.Web.Identity;

/// <summary>
/// Kiosk and API tokens are long random strings, so an unsalted SHA-256 is enough to keep them out of
/// configuration; compared in constant time.
/// </summary>
public static class TokenHash
{
    public static string Of(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string token, string configuredHash)
    {
        var actual = Encoding.ASCII.GetBytes(Of(token));
        var expected = Encoding.ASCII.GetBytes(configuredHash.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool IsWellFormed(string? hash) =>
        hash is { Length: 64 } && hash.All(Uri.IsHexDigit);
}
