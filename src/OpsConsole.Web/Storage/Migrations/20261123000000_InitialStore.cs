using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpsConsole.Web.Storage.Migrations;

/// <summary>
/// The first schema. Provider-neutral by construction: no column types (each provider maps the CLR type),
/// and identity keys carry both providers' annotations. ONE migration set serves SQLite and PostgreSQL;
/// StoreSchemaTests fails when the model changes without a new migration (on either provider).
/// </summary>
[DbContext(typeof(ConsoleDbContext))]
[Migration("20261123000000_InitialStore")]
internal sealed partial class InitialStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                Id = Identity(table.Column<long>(nullable: false)),
                At = table.Column<long>(nullable: false),
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                Target = table.Column<string>(maxLength: 400, nullable: true),
                Detail = table.Column<string>(maxLength: 4000, nullable: true),
                Address = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_audit_entries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "acks",
            columns: table => new
            {
                Id = Identity(table.Column<long>(nullable: false)),
                Fingerprint = table.Column<string>(maxLength: 64, nullable: false),
                SilenceId = table.Column<string>(maxLength: 64, nullable: false),
                By = table.Column<string>(maxLength: 200, nullable: false),
                At = table.Column<long>(nullable: false),
                Note = table.Column<string>(maxLength: 4000, nullable: true),
                EndedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_acks", x => x.Id));

        migrationBuilder.CreateTable(
            name: "alert_history",
            columns: table => new
            {
                Id = Identity(table.Column<long>(nullable: false)),
                Fingerprint = table.Column<string>(maxLength: 64, nullable: false),
                AlertName = table.Column<string>(maxLength: 200, nullable: false),
                LabelsJson = table.Column<string>(nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                At = table.Column<long>(nullable: false),
                By = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_alert_history", x => x.Id));

        migrationBuilder.CreateTable(
            name: "saved_queries",
            columns: table => new
            {
                Id = Identity(table.Column<long>(nullable: false)),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Expression = table.Column<string>(maxLength: 4000, nullable: false),
                Shared = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_saved_queries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "user_preferences",
            columns: table => new
            {
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                Theme = table.Column<string>(maxLength: 16, nullable: true),
                Language = table.Column<string>(maxLength: 16, nullable: true),
                DefaultBoard = table.Column<string>(maxLength: 200, nullable: true),
                UpdatedAt = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_user_preferences", x => x.UserName));

        migrationBuilder.CreateIndex(name: "IX_audit_entries_At", table: "audit_entries", column: "At");
        migrationBuilder.CreateIndex(name: "IX_audit_entries_Actor_At", table: "audit_entries", columns: ["Actor", "At"]);
        migrationBuilder.CreateIndex(name: "IX_audit_entries_Action_At", table: "audit_entries", columns: ["Action", "At"]);
        migrationBuilder.CreateIndex(name: "IX_acks_Fingerprint_EndedAt", table: "acks", columns: ["Fingerprint", "EndedAt"]);
        migrationBuilder.CreateIndex(name: "IX_alert_history_At", table: "alert_history", column: "At");
        migrationBuilder.CreateIndex(name: "IX_alert_history_Fingerprint_At", table: "alert_history", columns: ["Fingerprint", "At"]);
        migrationBuilder.CreateIndex(name: "IX_saved_queries_Owner_Name", table: "saved_queries", columns: ["Owner", "Name"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "audit_entries");
        migrationBuilder.DropTable(name: "acks");
        migrationBuilder.DropTable(name: "alert_history");
        migrationBuilder.DropTable(name: "saved_queries");
        migrationBuilder.DropTable(name: "user_preferences");
    }

    private static OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
