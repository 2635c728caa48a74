using System.Text.Json;
using OpsConsole.Simulator.Hosting;

namespace OpsConsole.Testing;

/// <summary>
/// The local demo stack for tests: real Redis and redis_exporter, the fleet simulator, and the real Prometheus
/// running the repository's own <c>deploy/prometheus/prometheus.local.yml</c> and rules, all on free ports.
/// </summary>
public sealed class FleetStack : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory;
    private readonly List<IAsyncDisposable> _started = [];

    private FleetStack(TemporaryDirectory directory)
    {
        _directory = directory;
    }

    public FleetSimulator Simulator { get; private set; } = null!;

    public PrometheusServer Prometheus { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    /// <param name="fastAlerts">Shorten every rule's <c>for:</c> (make-fast.sh) so alerts fire within seconds.</param>
    /// <param name="extraRuleFiles">Rule files (name, YAML) loaded beside the repository's; a name must match the
    /// config's <c>rule_files</c> globs, e.g. <c>recording-test.yml</c>.</param>
    /// <param name="scenarios">Scenarios switched on before Prometheus starts, so every sample it ever scrapes has them
    /// (a rate over the whole run then holds nothing else).</param>
    public static async Task<FleetStack> StartAsync(
        bool fastAlerts, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? extraRuleFiles = null,
        IReadOnlyList<string>? scenarios = null)
    {
        var stack = new FleetStack(new TemporaryDirectory("stack"));
        try
        {
            await stack.StartAllAsync(fastAlerts, extraRuleFiles ?? new Dictionary<string, string>(), scenarios ?? [], cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(
        bool fastAlerts, IReadOnlyDictionary<string, string> extraRuleFiles, IReadOnlyList<string> scenarios, CancellationToken cancellationToken)
    {
        var prometheusDirectory = Directory.CreateDirectory(_directory.Combine("prometheus")).FullName;
        var sd = Directory.CreateDirectory(Path.Combine(prometheusDirectory, "sd")).FullName;
        var rules = Path.Combine(prometheusDirectory, "rules");
        var repositoryRules = RepositoryPaths.Combine("deploy", "prometheus", "rules");
        if (fastAlerts)
        {
            await using var makeFast = ManagedProcess.Start("make-fast", "bash",
                [Path.Combine(repositoryRules, "make-fast.sh"), repositoryRules, rules, "5s"]);
            await makeFast.WaitForSuccessAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        else if (extraRuleFiles.Count > 0)
        {
            Directory.CreateDirectory(rules);
            foreach (var file in Directory.EnumerateFiles(repositoryRules, "*.yml"))
            {
                File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
            }
        }
        else
        {
            Directory.CreateSymbolicLink(rules, repositoryRules);
        }

        foreach (var (name, yaml) in extraRuleFiles)
        {
            await File.WriteAllTextAsync(Path.Combine(rules, name), yaml, cancellationToken);
        }

        Redis = Track(await RedisServer.StartAsync(cancellationToken));
        var exporter = Track(await RedisExporterServer.StartAsync(Redis.Address, cancellationToken));
        Simulator = Track(await FleetSimulator.StartAsync(new SimulatorOptions
        {
            ControlPort = 0,
            FirstTargetPort = 0,
            FileSdDirectory = sd,
            Redis = Redis.Address,
        }, cancellationToken));
        foreach (var scenario in scenarios)
        {
            Simulator.Scenarios.Activate(scenario);
        }
        WriteFileSd(Path.Combine(sd, "redis.json"), exporter.Address, "redis");

        var config = Path.Combine(prometheusDirectory, "prometheus.yml");
        File.Copy(RepositoryPaths.Combine("deploy", "prometheus", "prometheus.local.yml"), config);
        Prometheus = Track(await PrometheusServer.StartAsync(config, cancellationToken));
        WriteFileSd(Path.Combine(sd, "prometheus.json"), $"127.0.0.1:{Prometheus.Port}", "prometheus");
    }

    private T Track<T>(T started) where T : IAsyncDisposable
    {
        _started.Add(started);
        return started;
    }

    private static void WriteFileSd(string path, string address, string service)
    {
        var groups = new[] { new { targets = new[] { address }, labels = new Dictionary<string, string> { ["service"] = service } } };
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(groups));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync();
        }
        _directory.Dispose();
    }
}
