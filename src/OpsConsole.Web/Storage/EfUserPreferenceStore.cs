using Microsoft.EntityFrameworkCore;

namespace OpsConsole.Web.Storage;

internal sealed class EfUserPreferenceStore(IDbContextFactory<ConsoleDbContext> contexts) : IUserPreferenceStore
{
    public async Task<UserPreferences?> GetAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.UserPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserName == userName, cancellationToken)
            .ConfigureAwait(false);
        return row is null
            ? null
            : new UserPreferences
            {
                UserName = row.UserName,
                Theme = row.Theme,
                Language = row.Language,
                DefaultBoard = row.DefaultBoard,
                UpdatedAt = row.UpdatedAt,
            };
    }

    public async Task SaveAsync(UserPreferences preferences, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.UserPreferences.FirstOrDefaultAsync(p => p.UserName == preferences.UserName, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new UserPreferenceRow { UserName = preferences.UserName };
            db.UserPreferences.Add(row);
        }
        row.Theme = preferences.Theme;
        row.Language = preferences.Language;
        row.DefaultBoard = preferences.DefaultBoard;
        row.UpdatedAt = preferences.UpdatedAt;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
