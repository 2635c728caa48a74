using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Alerts;

/// <summary>
/// A real Alertmanager and the console as a process that reconciles from it every second (with ConsoleServer's
/// known accounts), and Debian's Chromium. No Prometheus: the alert list does not need it.
/// </summary>
public sealed class ConsoleWithAlertmanager : IAsyncLifetime
{
    private AlertmanagerServer? _alertmanager;
    private ConsoleServer? _console;

    public AlertmanagerServer Alertmanager => _alertmanager ?? throw new InvalidOperationException("Alertmanager did not start.");

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            _alertmanager = await AlertmanagerServer.StartAsync(null, timeout.Token);
            _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                // Nothing listens there: the console shows Prometheus as unreachable, which the alert pages do not mind.
                ["Prometheus:Url"] = "http://127.0.0.1:1",
                ["Alertmanager:Url"] = Alertmanager.Url.ToString(),
                ["Alerts:ReconcileInterval"] = "00:00:01",
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

    /// <summary>Opens the sign-in form with a return path and signs in; the page ends on <paramref name="path"/>.</summary>
    public Task<IPage> SignInAndOpenAsync(string path, string user) => Chromium.SignedInAsync(Console.Url, user, path);

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
        if (_alertmanager is not null)
        {
            await _alertmanager.DisposeAsync();
        }
    }

}
