using System.Net.Sockets;

namespace OpsConsole.Testing;

/// <summary>Debian's redis-server on a free 127.0.0.1 port, persistence off.</summary>
public sealed class RedisServer : IAsyncDisposable, IWatchedProcess
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

    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(async port =>
        {
            var server = new RedisServer(port);
            try
            {
                await Eventually.Until(async ct =>
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", server.Port, ct);
                    return true;
                }, TimeSpan.FromSeconds(30), "Redis to accept connections", cancellationToken, server._process);
                return server;
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        });

    string IWatchedProcess.Name => "Redis";

    public bool HasExited => _process.HasExited;

    public string ExitReport() => _process.ExitReport();

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }
}
