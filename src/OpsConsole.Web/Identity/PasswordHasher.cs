using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsConsole.Web.Identity;

/// <summary>
/// PBKDF2-HMAC-SHA256 password hashes in the self-describing form <c>pbkdf2-sha256$iterations$salt$hash</c>
/// (salt and hash base64), so the work factor can rise without invalidating existing hashes.
/// </summary>
public static class PasswordHasher
{
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Below this a hash is refused as a configuration error.</summary>
    public const int MinimumIterations = 10_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when the password matches; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string password, string encoded)
    {
        if (!TryParse(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }
        var actual = Derive(password, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Whether a configured hash has our format (checked at start, without the password).</summary>
    public static bool IsWellFormed(string? encoded) => TryParse(encoded, out _, out _, out _);

    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = encoded?.Split('$') ?? [];
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < MinimumIterations)
        {
            return false;
        }
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= 8 && hash.Length >= 16;
    }
}
