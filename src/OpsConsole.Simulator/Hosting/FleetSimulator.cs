using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OpsConsole.Simulator.Control;
using OpsConsole.Simulator.Discovery;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Redis;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Targets.Kafka;

namespace OpsConsole.Simulator.Hosting;

/// <summary>
/// The demo fleet, running: one listener per scrape target, a control API, optional file_sd files and an
/// optional Redis cache workload. Integration tests start it in-process with port 0.
/// </summary>
public sealed class FleetSimulator : IAsyncDisposable
{
    private const int PortAttempts = 20;

    private readonly SimulatorOptions _options;
    private readonly IPAddress _address;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly FleetLayout _layout;
    private readonly FileSdWriter? _fileSd;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<TargetHost> _hosts = [];
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _control;
    private Task _redisWorkload = Task.CompletedTask;
    private int _nextPort;
    private volatile int _webhookPods;
    private volatile SimulatedTarget[] _targets = [];

    private FleetSimulator(SimulatorOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        _options = options;
        _address = IPAddress.Parse(options.ListenAddress);
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<FleetSimulator>();
        _nextPort = options.FirstTargetPort;
        Seed = options.Seed ?? Random.Shared.Next();

        var start = timeProvider.GetUtcNow();
        Scenarios = new ScenarioBoard(timeProvider);
        var fleet = new FleetState(start, Scenarios, new NoiseSource(Seed));
        var cluster = new KafkaClusterState(start, fleet);
        _layout = new FleetLayout(start, fleet, cluster, () => _webhookPods);
        _fileSd = options.FileSdDirectory is { Length: > 0 } directory ? new FileSdWriter(directory) : null;
    }

    public Uri ControlUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The targets served right now.</summary>
    public IReadOnlyList<SimulatedTarget> Targets => _targets;

    public ScenarioBoard Scenarios { get; }

    public int Seed { get; }

    /// <summary>Where the file_sd file of a job is written, or null without --file-sd-dir.</summary>
    public string? FileSdPath(string job) => _fileSd?.PathFor(job);

    public static Task<FleetSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, TimeProvider.System, NullLoggerFactory.Instance, cancellationToken);

    public static async Task<FleetSimulator> StartAsync(SimulatorOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var errors = SimulatorOptionsValidator.Errors(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid simulator options: " + string.Join(" ", errors), nameof(options));
        }

        var simulator = new FleetSimulator(options, timeProvider, loggerFactory);
        try
        {
            await simulator.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return simulator;
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts one more webhook-service pod on a new port with a new pod name.</summary>
    public async Task<SimulatedTarget> AddWebhookPodAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var host = await StartTargetAsync(_layout.WebhookPod(), cancellationToken).ConfigureAwait(false);
            await PublishAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Instance joined: {Job} {Instance} ({Pod})", host.Target.Job, host.Target.Instance, host.Target.Pod);
            return host.Target;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops serving a target, named by instance (host:port) or pod, and drops it from file_sd.</summary>
    public async Task<SimulatedTarget?> RemoveTargetAsync(string instanceOrPod, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var host = _hosts.Find(h => h.Target.Instance == instanceOrPod || h.Target.Pod == instanceOrPod);
            if (host is null)
            {
                return null;
            }

            _hosts.Remove(host);
            await PublishAsync(cancellationToken).ConfigureAwait(false);
            await host.DisposeAsync().ConfigureAwait(false);
            _logger.LogInformation("Instance left: {Job} {Instance} ({Pod})", host.Target.Job, host.Target.Instance, host.Target.Pod);
            return host.Target;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops serving a target (instance or pod) but keeps it in file_sd: Prometheus goes on scraping it and marks it
    /// down with the connection error, as when a pod's process dies and discovery has not noticed yet.
    /// </summary>
    public async Task<SimulatedTarget?> CrashTargetAsync(string instanceOrPod, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var host = _hosts.Find(h => h.Target.Instance == instanceOrPod || h.Target.Pod == instanceOrPod);
            if (host is null)
            {
                return null;
            }

            await host.CrashAsync().ConfigureAwait(false);
            _logger.LogInformation("Instance crashed (still discovered): {Job} {Instance} ({Pod})", host.Target.Job, host.Target.Instance, host.Target.Pod);
            return host.Target;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _redisWorkload.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_control is not null)
        {
            await _control.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _control.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var host in _hosts)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }

        _hosts.Clear();
        _stopping.Dispose();
        _gate.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        foreach (var spec in _layout.Initial())
        {
            await StartTargetAsync(spec, cancellationToken).ConfigureAwait(false);
        }

        await PublishAsync(cancellationToken).ConfigureAwait(false);

        var builder = LoopbackServer.CreateBuilder(_address, _options.ControlPort, _loggerFactory);
        builder.Services.AddRoutingCore();
        _control = builder.Build();
        _control.MapControlApi(this);
        await _control.StartAsync(cancellationToken).ConfigureAwait(false);
        ControlUrl = new Uri($"http://{_address}:{LoopbackServer.BoundPort(_control)}/");

        foreach (var target in _targets)
        {
            _logger.LogInformation("Target {Job} {Instance} pod {Pod} at {MetricsUrl}", target.Job, target.Instance, target.Pod, target.MetricsUrl);
        }

        _logger.LogInformation("Control API at {ControlUrl} (seed {Seed})", ControlUrl, Seed);
        if (_fileSd is not null)
        {
            _logger.LogInformation("file_sd files in {Directory}", Path.GetFullPath(_options.FileSdDirectory!));
        }

        if (_options.Redis is not null && RedisEndpoint.TryParse(_options.Redis, out var redis))
        {
            var workload = new RedisCacheWorkload(redis, Scenarios, _timeProvider, _loggerFactory.CreateLogger<RedisCacheWorkload>(), Seed);
            _redisWorkload = Task.Run(() => workload.RunAsync(_stopping.Token), CancellationToken.None);
            _logger.LogInformation("Redis cache workload against {Redis}", redis);
        }
    }

    private async Task<TargetHost> StartTargetAsync(TargetSpec spec, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = _nextPort == 0 ? 0 : _nextPort++;
            try
            {
                var host = await TargetHost.StartAsync(spec, _address, port, _timeProvider, _loggerFactory, cancellationToken).ConfigureAwait(false);
                _hosts.Add(host);
                return host;
            }
            catch (IOException exception) when (port != 0 && attempt < PortAttempts)
            {
                _logger.LogWarning("Port {Port} is taken ({Reason}); {Job} tries the next one", port, exception.Message, spec.Job);
            }
        }
    }

    // Called under _gate whenever the set of targets changes.
    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        _targets = _hosts.Select(h => h.Target).ToArray();
        _webhookPods = _targets.Count(t => t.Job == Jobs.WebhookService);
        if (_fileSd is not null)
        {
            await _fileSd.WriteAsync(_targets, cancellationToken).ConfigureAwait(false);
        }
    }
}
