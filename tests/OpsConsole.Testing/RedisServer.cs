using System.Net.Sockets;

namespace OpsConsole.Testing;

/// <summary>Debian's redis-server on a free 127.0.0.1 port, persistence off.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory = new("redis");
    private readonly ManagedProcess _process;

    private RedisServer(int port)
    {
        Port = port;
        _process = ManagedProcess.Start("redis-server", "/usr/bin/redis-server",
        [
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", _directory.Path,
            "--maxmemory", "64mb",
            "--maxmemory-policy", "allkeys-lru",
        ]);
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new RedisServer(FreePort.Next());
        await Eventually.Until(async ct =>
        {
            server._process.ThrowIfExited();
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", server.Port, ct);
            return true;
        }, TimeSpan.FromSeconds(30), "Redis to accept connections", cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }
}
