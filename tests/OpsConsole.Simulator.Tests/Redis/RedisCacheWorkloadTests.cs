using Microsoft.Extensions.Logging.Abstractions;
using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Redis;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;
using OpsConsole.Testing;

namespace OpsConsole.Simulator.Tests.Redis;

public sealed class RedisCacheWorkloadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Workload_reads_through_the_cache_and_sets_every_miss_with_a_ttl()
    {
        await using var redis = new FakeRedisServer();
        using var stop = new CancellationTokenSource();
        var workload = NewWorkload(redis, new ScenarioBoard(TimeProvider.System));

        var running = workload.RunAsync(stop.Token);
        await Eventually.Until(() => redis.Gets >= 200, Deadline, "200 GETs");
        await stop.CancelAsync();
        await running;

        Assert.True(redis.SetsWithTtl >= redis.Gets - redis.Hits, $"{redis.Gets - redis.Hits} misses but {redis.SetsWithTtl} SETs with EX");
        Assert.True(workload.Operations >= 200);
    }

    [Fact]
    public async Task Workload_reconnects_quietly_after_redis_drops_the_connection()
    {
        await using var redis = new FakeRedisServer();
        using var stop = new CancellationTokenSource();
        var running = NewWorkload(redis, new ScenarioBoard(TimeProvider.System)).RunAsync(stop.Token);
        await Eventually.Until(() => redis.Gets >= 50, Deadline, "50 GETs");

        redis.DropClients();
        var getsAtDrop = redis.Gets;
        await Eventually.Until(() => redis.Connections >= 2 && redis.Gets > getsAtDrop + 50, Deadline, "a second connection and 50 more GETs");
        await stop.CancelAsync();

        // Quietly: the dropped connection never escaped the workload, which ends cleanly when asked to (a fault or a
        // hang here fails the test).
        await running.WaitAsync(Deadline, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Redis_pressure_writes_many_more_keys()
    {
        await using var redis = new FakeRedisServer();
        using var stop = new CancellationTokenSource();
        var scenarios = new ScenarioBoard(TimeProvider.System);
        scenarios.Activate(ScenarioNames.RedisPressure);
        var running = NewWorkload(redis, scenarios).RunAsync(stop.Token);

        await Eventually.Until(() => redis.SetsWithTtl >= 2_000, Deadline, "2,000 SETs with a TTL");
        await stop.CancelAsync();
        await running;

        Assert.True(redis.SetsWithTtl > 4 * redis.Gets, $"{redis.SetsWithTtl} SETs for {redis.Gets} GETs");
    }

    private static RedisCacheWorkload NewWorkload(FakeRedisServer redis, ScenarioBoard scenarios) =>
        new(new RedisEndpoint("127.0.0.1", redis.Port), scenarios, TimeProvider.System, NullLogger<RedisCacheWorkload>.Instance, seed: 3);
}
