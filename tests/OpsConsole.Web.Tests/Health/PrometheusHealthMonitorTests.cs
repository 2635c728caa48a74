using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Health;

public sealed class PrometheusHealthMonitorTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeProbe _probe = new();
    private readonly PrometheusHealthMonitor _monitor;
    private readonly List<PrometheusHealth> _published = [];

    public PrometheusHealthMonitorTests()
    {
        var options = Options.Create(new ConsoleOptions { HealthCheckInterval = TimeSpan.FromSeconds(5) });
        _monitor = new PrometheusHealthMonitor(_probe, _time, options, NullLogger<PrometheusHealthMonitor>.Instance);
        _monitor.Subscribe(health =>
        {
            lock (_published)
            {
                _published.Add(health);
            }
        });
    }

    [Fact]
    public async Task A_successful_probe_reports_reachable_with_the_version()
    {
        _probe.Version = "2.42.0";

        var health = await _monitor.ProbeAsync(CancellationToken.None);

        Assert.Equal(PrometheusStatus.Reachable, health.Status);
        Assert.Equal("2.42.0", health.Version);
        Assert.Equal(Start, health.LastReachableAt);
        Assert.Equal([health], Published());
    }

    [Fact]
    public async Task A_failed_probe_reports_the_error_and_remembers_when_it_was_last_reachable()
    {
        await _monitor.ProbeAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        _probe.Failure = FakeMetricsSource.UnreachableError();

        var health = await _monitor.ProbeAsync(CancellationToken.None);

        Assert.Equal(PrometheusStatus.Unreachable, health.Status);
        Assert.Contains("connection refused", health.Error, StringComparison.Ordinal);
        Assert.Equal(Start, health.LastReachableAt);
    }

    [Fact]
    public async Task Only_visible_changes_are_published()
    {
        await _monitor.ProbeAsync(CancellationToken.None);
        await _monitor.ProbeAsync(CancellationToken.None);
        _probe.Failure = FakeMetricsSource.UnreachableError();
        await _monitor.ProbeAsync(CancellationToken.None);
        await _monitor.ProbeAsync(CancellationToken.None);

        Assert.Equal([PrometheusStatus.Reachable, PrometheusStatus.Unreachable], Published().Select(h => h.Status));
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var heard = 0;
        var subscription = _monitor.Subscribe(_ => Interlocked.Increment(ref heard));
        await _monitor.ProbeAsync(CancellationToken.None);

        subscription.Dispose();
        _probe.Failure = FakeMetricsSource.UnreachableError();
        await _monitor.ProbeAsync(CancellationToken.None);

        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task The_background_loop_probes_once_per_interval()
    {
        await _monitor.StartAsync(CancellationToken.None);
        await Eventually(() => _probe.Calls == 1);

        _time.Advance(TimeSpan.FromSeconds(5));
        await Eventually(() => _probe.Calls == 2);
        _time.Advance(TimeSpan.FromSeconds(5));
        await Eventually(() => _probe.Calls == 3);
    }

    [Fact]
    public async Task Readiness_fails_until_prometheus_was_reached_and_after_it_is_lost()
    {
        var check = new PrometheusReadinessCheck(_monitor);
        var context = new HealthCheckContext();

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(context)).Status);
        await _monitor.ProbeAsync(CancellationToken.None);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context)).Status);
        _probe.Failure = FakeMetricsSource.UnreachableError();
        await _monitor.ProbeAsync(CancellationToken.None);
        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(context)).Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _monitor.StopAsync(CancellationToken.None);
        _monitor.Dispose();
    }

    private List<PrometheusHealth> Published()
    {
        lock (_published)
        {
            return [.. _published];
        }
    }

    private static async Task Eventually(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), deadline.Token);
        }
    }

    private sealed class FakeProbe : IPrometheusProbe
    {
        private int _calls;

        public string? Version { get; set; } = "2.42.0";

        public MetricsQueryException? Failure { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public Task<string?> ProbeAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Failure is { } failure ? Task.FromException<string?>(failure) : Task.FromResult(Version);
        }
    }
}
