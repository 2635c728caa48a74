using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpsConsole.Simulator.Hosting;

/// <summary>A Redis address given as host:port.</summary>
public sealed record RedisEndpoint(string Host, int Port)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out RedisEndpoint? endpoint)
    {
        endpoint = null;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        endpoint = new RedisEndpoint(text[..colon], port);
        return true;
    }

    public override string ToString() => $"{Host}:{Port}";
}
