namespace OpsConsole.IntegrationTests.Storage;

/// <summary>The two store providers every store test runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
