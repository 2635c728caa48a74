using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsConsole.Core.Alerts.Webhook;

/// <summary>Strict RFC 3339 timestamps as Go writes them (up to nine fractional digits; .NET keeps seven).</summary>
internal static partial class Rfc3339
{
    /// <summary>False when the text is not RFC 3339; <paramref name="value"/> is null for Go's zero time ("never").</summary>
    public static bool TryParse(string text, out DateTimeOffset? value)
    {
        value = null;
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var fraction = match.Groups["fraction"].Value;
        var normalized = string.Concat(
            match.Groups["seconds"].Value,
            fraction.Length > 8 ? fraction[..8] : fraction,
            match.Groups["zone"].Value is "z" or "Z" ? "+00:00" : match.Groups["zone"].Value);
        if (!DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        value = parsed.UtcDateTime.Year <= 1 ? null : parsed.ToUniversalTime();
        return true;
    }

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?<fraction>\.\d{1,9})?(?<zone>[Zz]|[+-]\d{2}:\d{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
