using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Testing;
using OpsConsole.Web.Health;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Storage;

namespace OpsConsole.IntegrationTests.Storage;

/// <summary>
/// The console in memory on a given store (SQLite in a data directory, or a PostgreSQL database), with one
/// admin user and one admin API token. Dispose and start another on the same store to "restart" it.
/// </summary>
// Any type of the web assembly names its entry point; Program itself clashes with the simulator's here.
public sealed class ConsoleHost : WebApplicationFactory<PreferenceService>
{
    public const string AdminName = "admin";
    public const string AdminPassword = "store-test-admin-password";
    public const string AdminToken = "store-test-admin-api-token-3f9d2c7a1b";

    private readonly Dictionary<string, string?> _settings;

    public ConsoleHost(string dataDirectory, string? postgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Prometheus:Url"] = "http://127.0.0.1:1",
            ["OpsConsole:DataDirectory"] = dataDirectory,
            ["Auth:Users:0:Name"] = AdminName,
            ["Auth:Users:0:PasswordHash"] = PasswordHasher.Hash(AdminPassword, PasswordHasher.MinimumIterations),
            ["Auth:Users:0:Role"] = "Admin",
            ["Auth:ApiTokens:0:Name"] = "store-tests",
            ["Auth:ApiTokens:0:TokenHash"] = TokenHash.Of(AdminToken),
            ["Auth:ApiTokens:0:Role"] = "Admin",
        };
        if (postgres is not null)
        {
            _settings["Storage:Provider"] = "Postgres";
            _settings["Storage:ConnectionString"] = postgres;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public static async Task<(ConsoleHost Host, string? Postgres)> StartAsync(
        StoreKind kind, TemporaryDirectory data, PostgresFixture postgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connection = kind == StoreKind.Postgres ? await postgres.NewDatabaseAsync() : null;
        var host = new ConsoleHost(data.Path, connection, settings);
        host.CreateClient().Dispose();
        return (host, connection);
    }

    public HttpClient AdminClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<IPrometheusProbe>(new UpProbe()));
    }

    private sealed class UpProbe : IPrometheusProbe
    {
        public Task<string?> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("2.42.0");
    }
}
