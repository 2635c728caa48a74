using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

/// <summary>
/// Applies pending migrations before any hosted service starts (StartingAsync runs for every lifecycle service before
/// the first StartAsync), so no feature that reads the store at start has to be registered after the store.
/// </summary>
internal sealed partial class StoreMigrator(IDbContextFactory<ConsoleDbContext> contexts, ILogger<StoreMigrator> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, db.Database.ProviderName ?? "?", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ({Provider}): applying migrations {Migrations}")]
    private static partial void LogMigrating(ILogger logger, string provider, string migrations);
}
