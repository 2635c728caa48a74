using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Storage;

/// <summary>One PostgreSQL server for the store tests; each test makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private int _databases;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("PostgreSQL did not start.");

    public Task<string> NewDatabaseAsync() =>
        Server.CreateDatabaseAsync($"console_{Interlocked.Increment(ref _databases)}", CancellationToken.None);

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _server = await PostgresServer.StartAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
