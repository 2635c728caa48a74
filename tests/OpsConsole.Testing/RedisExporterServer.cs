namespace OpsConsole.Testing;

/// <summary>Debian's prometheus-redis-exporter in front of a <see cref="RedisServer"/>.</summary>
public sealed class RedisExporterServer : IAsyncDisposable
{
    private readonly ManagedProcess _process;

    private RedisExporterServer(int port, string redisAddress)
    {
        Port = port;
        _process = ManagedProcess.Start("redis-exporter", "/usr/bin/prometheus-redis-exporter",
        [
            $"--redis.addr=redis://{redisAddress}",
            $"--web.listen-address=127.0.0.1:{port}",
        ]);
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public static Task<RedisExporterServer> StartAsync(string redisAddress, CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(async port =>
        {
            var exporter = new RedisExporterServer(port, redisAddress);
            try
            {
                await Eventually.Until(ct => HttpProbe.IsOkAsync(new Uri($"http://{exporter.Address}/metrics"), ct),
                    TimeSpan.FromSeconds(30), "redis_exporter to serve /metrics", cancellationToken, exporter._process);
                return exporter;
            }
            catch
            {
                await exporter.DisposeAsync();
                throw;
            }
        });

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
