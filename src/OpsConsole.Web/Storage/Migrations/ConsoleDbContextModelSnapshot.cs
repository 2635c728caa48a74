using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpsConsole.Web.Storage.Migrations;

/// <summary>
/// The model as of the latest migration, written without column types so it compares equal to the live
/// model under either provider. Update it together with every new migration (by hand, in the same style).
/// </summary>
[DbContext(typeof(ConsoleDbContext))]
internal sealed class ConsoleDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("OpsConsole.Web.Storage.AuditEntryRow", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<long>("At");
            b.Property<string>("Actor").IsRequired().HasMaxLength(200);
            b.Property<string>("Action").IsRequired().HasMaxLength(100);
            b.Property<string>("Target").HasMaxLength(400);
            b.Property<string>("Detail").HasMaxLength(4000);
            b.Property<string>("Address").HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("At");
            b.HasIndex("Actor", "At");
            b.HasIndex("Action", "At");
            b.ToTable("audit_entries");
        });

        modelBuilder.Entity("OpsConsole.Web.Storage.AckRow", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("Fingerprint").IsRequired().HasMaxLength(64);
            b.Property<string>("SilenceId").IsRequired().HasMaxLength(64);
            b.Property<string>("By").IsRequired().HasMaxLength(200);
            b.Property<long>("At");
            b.Property<string>("Note").HasMaxLength(4000);
            b.Property<long?>("EndedAt");
            b.HasKey("Id");
            b.HasIndex("Fingerprint", "EndedAt");
            b.ToTable("acks");
        });

        modelBuilder.Entity("OpsConsole.Web.Storage.AlertHistoryRow", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("Fingerprint").IsRequired().HasMaxLength(64);
            b.Property<string>("AlertName").IsRequired().HasMaxLength(200);
            b.Property<string>("LabelsJson").IsRequired();
            b.Property<string>("Service").HasMaxLength(200);
            b.Property<string>("Severity").HasMaxLength(32);
            b.Property<string>("State").IsRequired().HasMaxLength(32);
            b.Property<long>("At");
            b.Property<string>("By").HasMaxLength(200);
            b.HasKey("Id");
            b.HasIndex("At");
            b.HasIndex("AlertName", "At");
            b.HasIndex("Fingerprint", "At");
            b.HasIndex("Service", "Severity", "At");
            b.ToTable("alert_history");
        });

        modelBuilder.Entity("OpsConsole.Web.Storage.SavedQueryRow", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("Owner").IsRequired().HasMaxLength(200);
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("Expression").IsRequired().HasMaxLength(4000);
            b.Property<bool>("Shared");
            b.Property<long>("CreatedAt");
            b.Property<long>("UpdatedAt");
            b.HasKey("Id");
            b.HasIndex("Owner", "Name").IsUnique();
            b.ToTable("saved_queries");
        });

        modelBuilder.Entity("OpsConsole.Web.Storage.UserPreferenceRow", b =>
        {
            b.Property<string>("UserName").HasMaxLength(200);
            b.Property<string>("Theme").HasMaxLength(16);
            b.Property<string>("Language").HasMaxLength(16);
            b.Property<string>("DefaultBoard").HasMaxLength(200);
            b.Property<long>("UpdatedAt");
            b.HasKey("UserName");
            b.ToTable("user_preferences");
        });

        modelBuilder.Entity("OpsConsole.Web.Storage.QueryHistoryRow", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("Owner").IsRequired().HasMaxLength(200);
            b.Property<string>("Expression").IsRequired().HasMaxLength(4000);
            b.Property<string>("ExpressionHash").IsRequired().HasMaxLength(64);
            b.Property<string>("Name").HasMaxLength(200);
            b.Property<bool>("Starred");
            b.Property<int>("RunCount");
            b.Property<long>("FirstRunAt");
            b.Property<long>("LastRunAt");
            b.HasKey("Id");
            b.HasIndex("Owner", "ExpressionHash").IsUnique();
            b.HasIndex("Owner", "LastRunAt");
            b.ToTable("query_history");
        });
    }

    private static void Identity(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<long> id) =>
        id.ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
