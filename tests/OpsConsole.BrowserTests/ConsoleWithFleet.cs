using OpsConsole.Testing;

namespace OpsConsole.BrowserTests;

/// <summary>The real stack plus the console as a process, configured to refresh fast so tests see changes quickly.</summary>
public class ConsoleWithFleet : IAsyncLifetime
{
    private FleetStack? _stack;
    private ConsoleServer? _console;

    public FleetStack Stack => _stack ?? throw new InvalidOperationException("The stack did not start.");

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    /// <summary>Rule files (name, YAML) the stack's Prometheus loads beside the repository's.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraRuleFiles { get; } = new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            _stack = await FleetStack.StartAsync(fastAlerts: false, timeout.Token, ExtraRuleFiles);
            _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                ["Prometheus:Url"] = Stack.Prometheus.Url.ToString(),
                ["OpsConsole:DefaultRefresh"] = "00:00:02",
                ["OpsConsole:HealthCheckInterval"] = "00:00:01",
                ["PanelFeed:MinRefreshInterval"] = "00:00:02",
                ["PanelFeed:DefaultMinStep"] = "00:00:05",
                ["Investigate:TargetsRefresh"] = "00:00:02",
                ["Investigate:TargetHistoryStep"] = "00:00:05",
                ["Investigate:RulesRefresh"] = "00:00:02",
                ["Capacity:Refresh"] = "00:00:05",
            }, timeout.Token);
            Chromium = await Chromium.LaunchAsync();
        }
        catch
        {
            // A half-started fixture is never disposed by the runner: stop what did start.
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
