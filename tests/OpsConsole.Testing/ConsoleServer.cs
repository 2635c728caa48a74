namespace OpsConsole.Testing;

/// <summary>
/// The console itself (OpsConsole.Web) as a real process on a free port, started from its build output,
/// configured by command-line overrides of the root appsettings.json.
/// </summary>
public sealed class ConsoleServer : IAsyncDisposable
{
    private readonly TemporaryDirectory _data = new("console");
    private readonly ManagedProcess _process;

    private ConsoleServer(int port, IReadOnlyDictionary<string, string> settings)
    {
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
        var dll = WebAssemblyPath();
        var arguments = new List<string> { dll, "--urls", Url.ToString().TrimEnd('/') };
        var allSettings = new Dictionary<string, string> { ["OpsConsole:DataDirectory"] = _data.Path };
        foreach (var (key, value) in settings)
        {
            allSettings[key] = value;
        }
        arguments.AddRange(allSettings.Select(s => $"--{s.Key}={s.Value}"));
        _process = ManagedProcess.Start("console", "dotnet", arguments, Path.GetDirectoryName(dll));
    }

    public int Port { get; }

    public Uri Url { get; }

    public string Output => _process.Output;

    /// <summary>Starts the console with configuration overrides (e.g. Prometheus:Url) and waits for /healthz.</summary>
    public static async Task<ConsoleServer> StartAsync(
        IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var server = new ConsoleServer(FreePort.Next(), settings);
        await Eventually.Until(async ct =>
        {
            server._process.ThrowIfExited();
            return await HttpProbe.IsOkAsync(new Uri(server.Url, "healthz"), ct);
        }, TimeSpan.FromSeconds(90), "the console to answer /healthz", cancellationToken);
        return server;
    }

    /// <summary>The web app's build output matching this test build's configuration (Release in CI).</summary>
    private static string WebAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = RepositoryPaths.Combine("src", "OpsConsole.Web", "bin", configuration, "net10.0", "OpsConsole.Web.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build the web app first ({configuration}); not found: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _data.Dispose();
    }
}
