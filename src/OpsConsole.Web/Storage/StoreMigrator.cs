using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

/// <summary>Applies pending migrations before the server starts listening (hosted services start first).</summary>
internal sealed partial class StoreMigrator(IDbContextFactory<ConsoleDbContext> contexts, ILogger<StoreMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, db.Database.ProviderName ?? "?", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ({Provider}): applying migrations {Migrations}")]
    private static partial void LogMigrating(ILogger logger, string provider, string migrations);
}
