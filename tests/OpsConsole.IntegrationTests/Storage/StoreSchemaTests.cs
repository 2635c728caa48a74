using Microsoft.EntityFrameworkCore;
using OpsConsole.Testing;
using OpsConsole.Web.Storage;

namespace OpsConsole.IntegrationTests.Storage;

/// <summary>One migration set serves both providers: neither sees a model change the migrations lack.</summary>
public sealed class StoreSchemaTests
{
    [Fact]
    public void The_model_matches_the_migrations_on_sqlite()
    {
        using var data = new TemporaryDirectory("schema");
        using var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite($"Data Source={data.Combine("schema.db")}").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration (and update the snapshot) for the model change.");
    }

    [Fact]
    public void The_model_matches_the_migrations_on_postgres()
    {
        // Comparing models needs no server.
        using var db = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Username=none;Database=none").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration (and update the snapshot) for the model change.");
    }
}
