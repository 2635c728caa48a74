using System.Globalization;
using System.Net.Sockets;
using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Redis;

/// <summary>
/// A small cache-aside workload so the Redis board has something to show: a few hundred GETs a second over a
/// slowly growing keyspace, SET with a TTL on every miss (about 90% hits), some status writes, and bulk writes
/// while redis-pressure is on. A Redis that is down is retried quietly.
/// </summary>
internal sealed class RedisCacheWorkload(RedisEndpoint endpoint, ScenarioBoard scenarios, TimeProvider timeProvider, ILogger<RedisCacheWorkload> logger, int seed)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly string[] KeyKinds = ["profile", "status", "config"];

    private const int GetsPerTick = 25;
    private const int StatusWritesPerTick = 4;
    private const int PressureWritesPerTick = 200;
    private const int InitialKeyspace = 15_000;
    private const int MaxKeyspace = 22_000;

    private readonly Random _random = new(seed);
    private readonly string _pressureValue = new('x', 1_024);
    private long _pressureKeys;

    /// <summary>Operations Redis has answered, for tests and logs.</summary>
    public long Operations { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        var warned = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await RespConnection.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Redis cache workload connected to {Redis}", endpoint);
                warned = false;
                using var timer = new PeriodicTimer(Tick, timeProvider);
                while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                {
                    await RunTickAsync(connection, timeProvider.GetUtcNow() - started, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is SocketException or IOException)
            {
                if (!warned)
                {
                    logger.LogWarning("Redis at {Redis} is unreachable ({Reason}); the cache workload retries every {Delay}", endpoint, exception.Message, RetryDelay);
                    warned = true;
                }

                try
                {
                    await Task.Delay(RetryDelay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RunTickAsync(RespConnection connection, TimeSpan running, CancellationToken cancellationToken)
    {
        // New robots and features add keys over the hours, nudging the hit rate down a little.
        var keyspace = (int)Math.Min(MaxKeyspace, InitialKeyspace + (running.TotalMinutes * 10));
        var keys = new string[GetsPerTick];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = KeyFor(_random.Next(keyspace));
            connection.Enqueue("GET", keys[i]);
        }

        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var misses = new List<string>();
        foreach (var key in keys)
        {
            if ((await connection.ReadAsync(cancellationToken).ConfigureAwait(false)).IsNull)
            {
                misses.Add(key);
            }
        }

        var writes = 0;
        foreach (var key in misses)
        {
            connection.Enqueue("SET", key, ValueFor(key), "EX", Ttl(480, 720));
            writes++;
        }

        for (var i = 0; i < StatusWritesPerTick; i++)
        {
            var key = $"robot:{_random.Next(keyspace / KeyKinds.Length)}:heartbeat";
            connection.Enqueue("SET", key, timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), "EX", Ttl(60, 120));
            writes++;
        }

        if (scenarios.IsActive(ScenarioNames.RedisPressure) || CapacityRamp.IsActive(scenarios, ScenarioNames.CapacityRedisMemory))
        {
            for (var i = 0; i < PressureWritesPerTick; i++)
            {
                connection.Enqueue("SET", $"bulk:snapshot:{_pressureKeys++}", _pressureValue, "EX", Ttl(3_000, 3_600));
                writes++;
            }
        }

        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < writes; i++)
        {
            var reply = await connection.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reply.Kind == RespKind.Error)
            {
                logger.LogDebug("Redis refused a write: {Error}", reply.Text);
            }
        }

        Operations += keys.Length + writes;
    }

    private static string KeyFor(int index) =>
        $"robot:{index / KeyKinds.Length}:{KeyKinds[index % KeyKinds.Length]}";

    private string ValueFor(string key) =>
        $"{{\"key\":\"{key}\",\"firmware\":\"4.{_random.Next(2, 9)}.{_random.Next(30)}\",\"site\":\"wh-{_random.Next(40):D2}\",\"updated\":{timeProvider.GetUtcNow().ToUnixTimeSeconds()}}}";

    private string Ttl(int min, int max) => _random.Next(min, max).ToString(CultureInfo.InvariantCulture);
}
