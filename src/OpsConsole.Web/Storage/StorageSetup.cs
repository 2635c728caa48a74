using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsConsole.Web.Components.Audit;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Storage;

internal static class StorageSetup
{
    public const string SqliteFileName = "console.db";

    /// <summary>
    /// The store (SQLite in OpsConsole:DataDirectory, or PostgreSQL), its ports as singletons, migrations at
    /// start, and the data-protection keys (cookie encryption) beside it so sign-ins survive a restart.
    /// </summary>
    public static IServiceCollection AddConsoleStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:Provider is Postgres but Storage:ConnectionString is empty; give an Npgsql connection string.")
            .ValidateOnStart();

        services.AddDbContextFactory<ConsoleDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.Postgres)
            {
                options.UseNpgsql(storage.ConnectionString);
            }
            else
            {
                options.UseSqlite($"Data Source={SqlitePath(provider.GetRequiredService<IOptions<ConsoleOptions>>().Value)}");
            }
        });

        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddSingleton<IAckStore, EfAckStore>();
        services.AddSingleton<IAlertHistoryStore, EfAlertHistoryStore>();
        services.AddSingleton<ISavedQueryStore, EfSavedQueryStore>();
        services.AddSingleton<IUserPreferenceStore, EfUserPreferenceStore>();
        services.AddSingleton<IQueryHistoryStore, EfQueryHistoryStore>();
        services.AddSingleton<PreferenceService>();
        services.AddHostedService<StoreMigrator>();
        services.AddNavEntry(new NavEntry("audit", Icons.Material.Filled.History, () => AuditText.Title, Policies.Administer, 100, "nav-audit"));

        var dataDirectory = configuration[$"{ConsoleOptions.SectionName}:{nameof(ConsoleOptions.DataDirectory)}"];
        services.AddDataProtection()
            .SetApplicationName("OpsConsole")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDirectory ?? new ConsoleOptions().DataDirectory), "keys")));
        return services;
    }

    private static string SqlitePath(ConsoleOptions console)
    {
        var directory = Path.GetFullPath(console.DataDirectory);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, SqliteFileName);
    }
}
