using System.Net;
using System.Net.Sockets;

namespace OpsConsole.Testing;

/// <summary>
/// Free TCP ports on 127.0.0.1 for servers a test starts. Ports come from below the kernel's ephemeral range, so an
/// outgoing connection never takes one between our probe and the child's bind; one test process never hands out the
/// same port twice. A clash with another process is still possible, so servers that get a port here retry on another
/// one when theirs was taken (<see cref="StartWithRetryAsync"/>).
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private const int Attempts = 3;
    private static readonly Lock Gate = new();
    // Process-wide on purpose: the point is that no two fixtures of one test host ever share a port.
    private static readonly HashSet<int> HandedOut = [];

    public static int Next()
    {
        var last = EphemeralRangeStart() - 1;
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(First, last);
            lock (Gate)
            {
                if (HandedOut.Contains(port) || !CanBind(port))
                {
                    continue;
                }
                HandedOut.Add(port);
                return port;
            }
        }
        throw new InvalidOperationException($"No free port between {First} and {last} on 127.0.0.1.");
    }

    /// <summary>Starts a server on a free port, and on another one when the child reports its port was taken.</summary>
    public static async Task<T> StartWithRetryAsync<T>(Func<int, Task<T>> startOnPort)
    {
        ArgumentNullException.ThrowIfNull(startOnPort);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await startOnPort(Next());
            }
            catch (Exception ex) when (attempt < Attempts && IsAddressInUse(ex))
            {
                // Taken between our probe and the child's bind: try the next port.
            }
        }
    }

    private static bool IsAddressInUse(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is ProcessExitedException { AddressInUse: true })
            {
                return true;
            }
        }
        return false;
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '],
                StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture) is var start && start > First + 1_000
                ? start
                : 32_768;
        }
        catch (IOException)
        {
            return 32_768;
        }
    }
}
