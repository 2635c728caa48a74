namespace OpsConsole.Web.Storage;

/// <summary>Reads and changes a user's preferences; every change is audited.</summary>
public sealed class PreferenceService(IUserPreferenceStore store, IAuditLog audit, TimeProvider time)
{
    public async Task<UserPreferences> GetAsync(string userName, CancellationToken cancellationToken) =>
        await store.GetAsync(userName, cancellationToken).ConfigureAwait(false) ?? new UserPreferences { UserName = userName };

    public Task SetThemeAsync(string userName, string theme, CancellationToken cancellationToken) =>
        ChangeAsync(userName, "theme", theme, p => p.Theme, (p, v) => p with { Theme = v }, cancellationToken);

    public Task SetLanguageAsync(string userName, string language, CancellationToken cancellationToken) =>
        ChangeAsync(userName, "language", language, p => p.Language, (p, v) => p with { Language = v }, cancellationToken);

    public Task SetDefaultBoardAsync(string userName, string boardPath, CancellationToken cancellationToken) =>
        ChangeAsync(userName, "defaultBoard", boardPath, p => p.DefaultBoard, (p, v) => p with { DefaultBoard = v }, cancellationToken);

    private async Task ChangeAsync(
        string userName,
        string name,
        string value,
        Func<UserPreferences, string?> read,
        Func<UserPreferences, string, UserPreferences> write,
        CancellationToken cancellationToken)
    {
        var current = await GetAsync(userName, cancellationToken).ConfigureAwait(false);
        if (string.Equals(read(current), value, StringComparison.Ordinal))
        {
            return;
        }
        await store.SaveAsync(write(current, value) with { UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = userName,
            Action = AuditActions.PreferenceChanged,
            Target = name,
            Detail = value,
        }, cancellationToken).ConfigureAwait(false);
    }
}
