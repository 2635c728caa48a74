using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OpsConsole.Web.Storage.Migrations;

/// <summary>
/// Explore's per-user query history (run count, last run, star and name). Provider-neutral like the first
/// migration: no column types, both providers' identity annotations.
/// </summary>
[DbContext(typeof(ConsoleDbContext))]
[Migration("20261202000000_QueryHistory")]
internal sealed partial class QueryHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "query_history",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                Expression = table.Column<string>(maxLength: 4000, nullable: false),
                ExpressionHash = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: true),
                Starred = table.Column<bool>(nullable: false),
                RunCount = table.Column<int>(nullable: false),
                FirstRunAt = table.Column<long>(nullable: false),
                LastRunAt = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_query_history", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_query_history_Owner_ExpressionHash", table: "query_history",
            columns: ["Owner", "ExpressionHash"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_query_history_Owner_LastRunAt", table: "query_history", columns: ["Owner", "LastRunAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "query_history");
    }
}
