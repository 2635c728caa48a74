using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace OpsConsole.Benchmarks;

/// <summary>Writes generated rows straight into the console's alert_history table (the schema its migrations made).</summary>
internal static class HistoryStores
{
    public static async Task FillSqliteAsync(string path, IReadOnlyList<HistoryRow> rows, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO alert_history ("Fingerprint", "AlertName", "LabelsJson", "Service", "Severity", "State", "At", "By")
            VALUES ($f, $n, $l, $svc, $sev, $s, $at, $by)
            """;
        var parameters = new[] { "$f", "$n", "$l", "$svc", "$sev", "$s", "$at", "$by" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        parameters[6].SqliteType = SqliteType.Integer;
        foreach (var row in rows)
        {
            parameters[0].Value = row.Fingerprint;
            parameters[1].Value = row.AlertName;
            parameters[2].Value = row.LabelsJson;
            parameters[3].Value = row.Service;
            parameters[4].Value = row.Severity;
            parameters[5].Value = row.State;
            parameters[6].Value = row.AtMs;
            parameters[7].Value = (object?)row.By ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task FillPostgresAsync(string connectionString, IReadOnlyList<HistoryRow> rows, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY alert_history ("Fingerprint", "AlertName", "LabelsJson", "Service", "Severity", "State", "At", "By") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(row.Fingerprint, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.AlertName, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.LabelsJson, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Service, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.Severity, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.State, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.AtMs, NpgsqlDbType.Bigint, cancellationToken);
                if (row.By is null)
                {
                    await import.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await import.WriteAsync(row.By, NpgsqlDbType.Varchar, cancellationToken);
                }
            }
            await import.CompleteAsync(cancellationToken);
        }
        // What autovacuum does soon after a bulk load anyway; without it the planner guesses on an "empty" table.
        await using var analyze = new NpgsqlCommand("ANALYZE alert_history", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
