using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Localization;

/// <summary>The console as a process with its known accounts and no backends (Prometheus shows as unreachable), and Chromium.</summary>
public sealed class ConsoleOnly : IAsyncLifetime
{
    private ConsoleServer? _console;

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                ["Prometheus:Url"] = "http://127.0.0.1:1",
                ["Alertmanager:Url"] = "http://127.0.0.1:1",
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
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }
    }
}
