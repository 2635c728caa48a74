namespace OpsConsole.Web.Storage;

/// <summary>Per-user settings. Use <see cref="PreferenceService"/> to change them (it audits).</summary>
public interface IUserPreferenceStore
{
    /// <summary>The user's preferences, or null when they never changed one.</summary>
    Task<UserPreferences?> GetAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the user's preferences.</summary>
    Task SaveAsync(UserPreferences preferences, CancellationToken cancellationToken);
}

public sealed record UserPreferences
{
    public required string UserName { get; init; }

    /// <summary>"dark" or "light".</summary>
    public string? Theme { get; init; }

    /// <summary>A culture name, e.g. "zh-CN" or "en".</summary>
    public string? Language { get; init; }

    /// <summary>The local path of the board to open first.</summary>
    public string? DefaultBoard { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
