using System.Globalization;
using System.Text;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts;

/// <summary>
/// Alertmanager's fingerprint of a label set (prometheus/common <c>LabelSet.Fingerprint</c>): FNV-1a 64 over the
/// label names in byte order, each name and value followed by 0xFF, written as 16 lowercase hex digits. Lets an
/// alert read from Prometheus (which has no fingerprint) meet the same alert once Alertmanager holds it.
/// </summary>
public static class AlertFingerprint
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const byte Separator = 0xFF;

    public static string Of(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var hash = Offset;
        foreach (var (name, value) in labels.Values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash = Add(hash, name);
            hash = Add(hash, value);
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime;
        }
        return (hash ^ Separator) * Prime;
    }
}
