using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Alerts;

/// <summary>
/// A real Alertmanager and the console as a process that reconciles from it every second, with one signed-in-able
/// user per role the alert tests need, and Debian's Chromium. No Prometheus: the alert list does not need it.
/// </summary>
public sealed class ConsoleWithAlertmanager : IAsyncLifetime
{
    public const string ViewerName = "viewer-ann";
    public const string ViewerPassword = "viewer-password-for-browser-tests";
    public const string OperatorName = "operator-olga";
    public const string OperatorPassword = "operator-password-for-browser-tests";

    private AlertmanagerServer? _alertmanager;
    private ConsoleServer? _console;

    public AlertmanagerServer Alertmanager => _alertmanager ?? throw new InvalidOperationException("Alertmanager did not start.");

    public ConsoleServer Console => _console ?? throw new InvalidOperationException("The console did not start.");

    public Chromium Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _alertmanager = await AlertmanagerServer.StartAsync(null, timeout.Token);
        _console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            // Nothing listens there: the console shows Prometheus as unreachable, which the alert pages do not mind.
            ["Prometheus:Url"] = "http://127.0.0.1:1",
            ["Alertmanager:Url"] = Alertmanager.Url.ToString(),
            ["Alerts:ReconcileInterval"] = "00:00:01",
            ["Auth:Users:0:Name"] = ViewerName,
            ["Auth:Users:0:PasswordHash"] = PasswordHash(ViewerPassword),
            ["Auth:Users:0:Role"] = "Viewer",
            ["Auth:Users:1:Name"] = OperatorName,
            ["Auth:Users:1:PasswordHash"] = PasswordHash(OperatorPassword),
            ["Auth:Users:1:Role"] = "Operator",
        }, timeout.Token);
        Chromium = await Chromium.LaunchAsync();
    }

    /// <summary>Opens the sign-in form with a return path and signs in; the page ends on <paramref name="path"/>.</summary>
    public async Task<IPage> SignInAndOpenAsync(string path, string user, string password)
    {
        var page = await Chromium.OpenAsync(new Uri(Console.Url, $"account/sign-in?returnUrl={Uri.EscapeDataString(path)}"));
        await page.FillAsync("[data-testid='sign-in-user']", user);
        await page.FillAsync("[data-testid='sign-in-password']", password);
        await page.ClickAsync("[data-testid='sign-in-submit']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new PageWaitForURLOptions { Timeout = 30_000 });
        return page;
    }

    public async Task DisposeAsync()
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

    /// <summary>
    /// A hash in the documented <c>Auth:Users:N:PasswordHash</c> form (<c>pbkdf2-sha256$iterations$salt$hash</c>, what
    /// <c>OpsConsole.Web --hash-password</c> prints), at the cheapest work factor the console accepts.
    /// </summary>
    private static string PasswordHash(string password)
    {
        const int iterations = 10_000;
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', "pbkdf2-sha256", iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }
}
