using System.Security.Cryptography;
using System.Text;

namespace OpsConsole.Testing;

/// <summary>
/// The console itself (OpsConsole.Web) as a real process on a free port, started from its build output,
/// configured by command-line overrides of the root appsettings.json. Unless the settings bring their own
/// Auth:Users, it gets the demo accounts of <see cref="Credentials"/> (sign in with them, or open <see cref="KioskUrl"/>).
/// </summary>
public sealed class ConsoleServer : IAsyncDisposable, IWatchedProcess
{
    private readonly TemporaryDirectory _data = new("console");
    private readonly List<string> _arguments;
    private readonly string _workingDirectory;
    private ManagedProcess _process;

    private ConsoleServer(int port, IReadOnlyDictionary<string, string> settings)
    {
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
        var dll = WebAssemblyPath();
        _workingDirectory = Path.GetDirectoryName(dll)!;
        var arguments = new List<string> { dll, "--urls", Url.ToString().TrimEnd('/') };
        var allSettings = new Dictionary<string, string> { ["OpsConsole:DataDirectory"] = _data.Path };
        if (!settings.ContainsKey("Auth:Users:0:Name"))
        {
            foreach (var (key, value) in Credentials.Settings())
            {
                allSettings[key] = value;
            }
        }
        foreach (var (key, value) in settings)
        {
            allSettings[key] = value;
        }
        arguments.AddRange(allSettings.Select(s => $"--{s.Key}={s.Value}"));
        _arguments = arguments;
        _process = ManagedProcess.Start("console", "dotnet", arguments, _workingDirectory);
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output => _process.Output;

    /// <summary>Opening this signs a browser in as the Kiosk role and lands it on the robot health board.</summary>
    public Uri KioskUrl => new(Url, $"kiosk?token={Credentials.KioskToken}");

    /// <summary>Starts the console with configuration overrides (e.g. Prometheus:Url) and waits for /healthz.</summary>
    public static Task<ConsoleServer> StartAsync(
        IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(async port =>
        {
            var server = new ConsoleServer(port, settings);
            try
            {
                await Eventually.Until(ct => HttpProbe.IsOkAsync(new Uri(server.Url, "healthz"), ct),
                    TimeSpan.FromSeconds(180), "the console to answer /healthz", cancellationToken, server._process);
                return server;
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        });

    /// <summary>Stops the console process (as a crash or an upgrade would); <see cref="StartAgainAsync"/> brings it back.</summary>
    public Task StopAsync() => _process.StopAsync();

    /// <summary>Starts the console again on the same port and data directory (so sign-in cookies stay valid) and waits for /healthz.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken)
    {
        await _process.DisposeAsync();
        _process = ManagedProcess.Start("console", "dotnet", _arguments, _workingDirectory);
        await Eventually.Until(ct => HttpProbe.IsOkAsync(new Uri(Url, "healthz"), ct),
            TimeSpan.FromSeconds(180), "the restarted console to answer /healthz", cancellationToken, _process);
    }

    string IWatchedProcess.Name => "the console";

    public bool HasExited => _process.HasExited;

    public string ExitReport() => _process.ExitReport();

    /// <summary>The web app's build output matching this test build's configuration (Release in CI).</summary>
    private static string WebAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = RepositoryPaths.Combine("src", "OpsConsole.Web", "bin", configuration, "net10.0", "OpsConsole.Web.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build the web app first ({configuration}); not found: {path}");
    }

    /// <summary>
    /// Known accounts for tests (marked Auth:DemoUsers; the console listens on 127.0.0.1 only). Sign in at
    /// /account/sign-in: fill [data-testid=sign-in-user] and [data-testid=sign-in-password], click
    /// [data-testid=sign-in-submit]; a failure shows [data-testid=sign-in-error]. Automation: Authorization: Bearer ApiToken (Admin).
    /// </summary>
    public static class Credentials
    {
        public const string Viewer = "viewer";
        public const string Operator = "operator";
        public const string Admin = "admin";
        public const string Password = "console-test-password";
        public const string KioskToken = "console-test-kiosk-token-6b1f0e9d8c7a6b5c4d3e2f1a0b9c8d7e";
        public const string ApiToken = "console-test-api-token-admin-1a2b3c4d5e6f7a8b9c0d";

        /// <summary>Every user's password is <see cref="Password"/>; the role is the capitalized name.</summary>
        public static IReadOnlyList<(string Name, string Role)> Users { get; } =
            [(Viewer, "Viewer"), (Operator, "Operator"), (Admin, "Admin")];

        internal static Dictionary<string, string> Settings()
        {
            var settings = new Dictionary<string, string> { ["Auth:DemoUsers"] = "true" };
            for (var i = 0; i < Users.Count; i++)
            {
                settings[$"Auth:Users:{i}:Name"] = Users[i].Name;
                settings[$"Auth:Users:{i}:PasswordHash"] = PasswordHash(Password);
                settings[$"Auth:Users:{i}:Role"] = Users[i].Role;
            }
            settings["Auth:KioskTokens:0:Name"] = "test-wall";
            settings["Auth:KioskTokens:0:TokenHash"] = Sha256(KioskToken);
            settings["Auth:KioskTokens:0:Home"] = "/boards/robot-health";
            settings["Auth:ApiTokens:0:Name"] = "tests";
            settings["Auth:ApiTokens:0:TokenHash"] = Sha256(ApiToken);
            settings["Auth:ApiTokens:0:Role"] = "Admin";
            return settings;
        }

        // The console's format (OpsConsole.Web PasswordHasher) at the cheapest accepted work factor.
        private static string PasswordHash(string password)
        {
            const int iterations = 10_000;
            var salt = RandomNumberGenerator.GetBytes(16);
            var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
            return $"pbkdf2-sha256${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
        }

        private static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _data.Dispose();
    }
}
