namespace OpsConsole.Web.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default: a file in OpsConsole:DataDirectory) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Npgsql connection string when Provider is Postgres; ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
