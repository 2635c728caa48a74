using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpsConsole.Web.Storage;

/// <summary>
/// The console's own store. One model and one provider-neutral migration set for SQLite and PostgreSQL:
/// no column types are spelled out, so each provider picks its own from the CLR type.
/// </summary>
internal sealed class ConsoleDbContext(DbContextOptions<ConsoleDbContext> options) : DbContext(options)
{
    public const int NameLength = 200;
    public const int FingerprintLength = 64;
    public const int TextLength = 4000;
    public const int LabelValueLength = 32;

    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    public DbSet<AckRow> Acks => Set<AckRow>();

    public DbSet<AlertHistoryRow> AlertHistory => Set<AlertHistoryRow>();

    public DbSet<SavedQueryRow> SavedQueries => Set<SavedQueryRow>();

    public DbSet<UserPreferenceRow> UserPreferences => Set<UserPreferenceRow>();

    public DbSet<QueryHistoryRow> QueryHistory => Set<QueryHistoryRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntryRow>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasKey(a => a.Id);
            Identity(audit.Property(a => a.Id));
            audit.Property(a => a.Actor).HasMaxLength(NameLength);
            audit.Property(a => a.Action).HasMaxLength(100);
            audit.Property(a => a.Target).HasMaxLength(400);
            audit.Property(a => a.Detail).HasMaxLength(TextLength);
            audit.Property(a => a.Address).HasMaxLength(64);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => new { a.Actor, a.At });
            audit.HasIndex(a => new { a.Action, a.At });
        });

        modelBuilder.Entity<AckRow>(ack =>
        {
            ack.ToTable("acks");
            ack.HasKey(a => a.Id);
            Identity(ack.Property(a => a.Id));
            ack.Property(a => a.Fingerprint).HasMaxLength(FingerprintLength);
            ack.Property(a => a.SilenceId).HasMaxLength(FingerprintLength);
            ack.Property(a => a.By).HasMaxLength(NameLength);
            ack.Property(a => a.Note).HasMaxLength(TextLength);
            ack.HasIndex(a => new { a.Fingerprint, a.EndedAt });
        });

        modelBuilder.Entity<AlertHistoryRow>(history =>
        {
            history.ToTable("alert_history");
            history.HasKey(h => h.Id);
            Identity(history.Property(h => h.Id));
            history.Property(h => h.Fingerprint).HasMaxLength(FingerprintLength);
            history.Property(h => h.AlertName).HasMaxLength(NameLength);
            history.Property(h => h.State).HasMaxLength(32);
            history.Property(h => h.By).HasMaxLength(NameLength);
            history.Property(h => h.Service).HasMaxLength(NameLength);
            history.Property(h => h.Severity).HasMaxLength(LabelValueLength);
            history.HasIndex(h => new { h.Fingerprint, h.At });
            history.HasIndex(h => h.At);
            // The history page's filters.
            history.HasIndex(h => new { h.AlertName, h.At });
            history.HasIndex(h => new { h.Service, h.Severity, h.At });
        });

        modelBuilder.Entity<SavedQueryRow>(query =>
        {
            query.ToTable("saved_queries");
            query.HasKey(q => q.Id);
            Identity(query.Property(q => q.Id));
            query.Property(q => q.Owner).HasMaxLength(NameLength);
            query.Property(q => q.Name).HasMaxLength(NameLength);
            query.Property(q => q.Expression).HasMaxLength(TextLength);
            query.HasIndex(q => new { q.Owner, q.Name }).IsUnique();
        });

        modelBuilder.Entity<UserPreferenceRow>(preference =>
        {
            preference.ToTable("user_preferences");
            preference.HasKey(p => p.UserName);
            preference.Property(p => p.UserName).HasMaxLength(NameLength);
            preference.Property(p => p.Theme).HasMaxLength(16);
            preference.Property(p => p.Language).HasMaxLength(16);
            preference.Property(p => p.DefaultBoard).HasMaxLength(NameLength);
        });

        modelBuilder.Entity<QueryHistoryRow>(history =>
        {
            history.ToTable("query_history");
            history.HasKey(h => h.Id);
            Identity(history.Property(h => h.Id));
            history.Property(h => h.Owner).HasMaxLength(NameLength);
            history.Property(h => h.Expression).HasMaxLength(TextLength);
            // The expression itself is too long for a unique index on every provider: its SHA-256 stands in.
            history.Property(h => h.ExpressionHash).HasMaxLength(FingerprintLength);
            history.Property(h => h.Name).HasMaxLength(NameLength);
            history.HasIndex(h => new { h.Owner, h.ExpressionHash }).IsUnique();
            history.HasIndex(h => new { h.Owner, h.LastRunAt });
        });
    }

    // Both providers' identity annotations on the same model, so the one migration creates an
    // auto-increment key on either (each provider ignores the other's annotation).
    private static void Identity<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> id) =>
        id.ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
