namespace OpsConsole.Testing;

/// <summary>
/// A throwaway PostgreSQL from Debian's postgresql package: initdb in a temporary directory, the server on a
/// free 127.0.0.1 port with its socket in that directory, trust authentication for user postgres.
/// PostgreSQL refuses to run as root, so under root it runs as the package's postgres user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable, IWatchedProcess
{
    private const string SuperUser = "postgres";
    private readonly TemporaryDirectory _directory = new("postgres");
    private readonly string _bin;
    private ManagedProcess? _process;

    private PostgresServer(string bin, int port)
    {
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string Output => _process?.Output ?? string.Empty;

    /// <summary>A connection string (Npgsql) for a database of this server.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={database};Pooling=false";

    public static Task<PostgresServer> StartAsync(CancellationToken cancellationToken) =>
        FreePort.StartWithRetryAsync(port => StartOnPortAsync(port, cancellationToken));

    private static async Task<PostgresServer> StartOnPortAsync(int port, CancellationToken cancellationToken)
    {
        var server = new PostgresServer(FindBinaries(), port);
        try
        {
            await server.InitializeAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database (one per test keeps tests independent).</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await RunAsync("createdb", ["-h", "127.0.0.1", "-p", $"{Port}", "-U", SuperUser, name], cancellationToken);
        return ConnectionString(name);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var data = _directory.Combine("data");
        if (IsRoot())
        {
            // The temporary directory is root's and private; hand it to the server's user.
            await RunPlainAsync("chown", ["-R", $"{SuperUser}:", _directory.Path], cancellationToken);
        }
        await RunAsync("initdb", ["-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-sync"], cancellationToken);
        _process = Start("postgres", "postgres",
        [
            "-D", data, "-k", _directory.Path, "-p", $"{Port}", "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        ]);
        var process = _process;
        await Eventually.Until(async ct =>
        {
            var probe = Start("pg_isready", "pg_isready", ["-h", "127.0.0.1", "-p", $"{Port}", "-U", SuperUser]);
            try
            {
                await probe.WaitForSuccessAsync(TimeSpan.FromSeconds(10), ct);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
            finally
            {
                await probe.DisposeAsync();
            }
        }, TimeSpan.FromSeconds(60), $"PostgreSQL on 127.0.0.1:{Port}", cancellationToken, process);
    }

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var process = Start(tool, tool, arguments);
        await process.WaitForSuccessAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    private static async Task RunPlainAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var process = ManagedProcess.Start(tool, tool, arguments);
        await process.WaitForSuccessAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    private ManagedProcess Start(string name, string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(_bin, tool);
        return IsRoot()
            ? ManagedProcess.Start(name, executable, arguments, _directory.Path, runAsUser: SuperUser)
            : ManagedProcess.Start(name, executable, arguments, _directory.Path);
    }

    private static bool IsRoot() => Environment.UserName == "root";

    /// <summary>The newest installed major version's binaries (/usr/lib/postgresql/N/bin).</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")))
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/N/bin/initdb); apt-get install postgresql (tests/run.sh does).");
    }

    string IWatchedProcess.Name => "PostgreSQL";

    public bool HasExited => _process?.HasExited ?? true;

    public string ExitReport() => _process?.ExitReport() ?? "Not running.";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        _directory.Dispose();
    }
}
