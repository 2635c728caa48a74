using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsConsole.Web.Storage.Migrations;

/// <summary>
/// Alert history answers its filters and response times in SQL: the alert's <c>service</c> and <c>severity</c>
/// labels become columns (filled from the stored labels for the rows already there) and the page's filters get indexes.
/// Response times need none beyond IX_alert_history_At: an index leading with State made SQLite pick it and sort the
/// whole window instead of reading it in time order.
/// Provider-neutral like the others; only the backfill speaks each provider's JSON.
/// </summary>
[DbContext(typeof(ConsoleDbContext))]
[Migration("20261203000000_HistoryServiceSeverity")]
internal sealed partial class HistoryServiceSeverity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Service", table: "alert_history", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Severity", table: "alert_history", maxLength: 32, nullable: true);

        migrationBuilder.Sql(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? """
              UPDATE alert_history SET
                "Service" = left(("LabelsJson"::jsonb ->> 'service'), 200),
                "Severity" = left(("LabelsJson"::jsonb ->> 'severity'), 32);
              """
            : """
              UPDATE alert_history SET
                "Service" = substr(json_extract("LabelsJson", '$.service'), 1, 200),
                "Severity" = substr(json_extract("LabelsJson", '$.severity'), 1, 32);
              """);

        migrationBuilder.CreateIndex(name: "IX_alert_history_AlertName_At", table: "alert_history", columns: ["AlertName", "At"]);
        migrationBuilder.CreateIndex(name: "IX_alert_history_Service_Severity_At", table: "alert_history", columns: ["Service", "Severity", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_alert_history_Service_Severity_At", table: "alert_history");
        migrationBuilder.DropIndex(name: "IX_alert_history_AlertName_At", table: "alert_history");
        migrationBuilder.DropColumn(name: "Severity", table: "alert_history");
        migrationBuilder.DropColumn(name: "Service", table: "alert_history");
    }
}
