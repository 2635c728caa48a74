using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Testing;

namespace OpsConsole.Benchmarks;

/// <summary>
/// Alert history at a NOC's quarter: <c>rows</c> generated history rows over 90 days (<see cref="HistoryFill"/>)
/// written into the store of a real console process, on SQLite and on a real PostgreSQL (127.0.0.1, free port).
/// Then, over HTTP with an API token, each query runs twice to warm up and <c>runs</c> times measured: the 90-day
/// weekly MTTA/MTTR, the per-alertname MTTA/MTTR, and the history page (first page of the 90 days; page 20 of
/// severity="critical", which SQL answers; page 2 of alertname=~"Redis.*", applied to streamed rows).
/// The weekly answer is checked against Core's maths over the generated rows in memory.
/// </summary>
internal static class HistoryRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(int rowCount, int runs, CancellationToken cancellationToken)
    {
        var to = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var from = to.AddDays(-90);
        var rows = HistoryFill.Generate(rowCount, from, to);
        var startLoad = LoadAverage();
        var core = Stopwatch.StartNew();
        var expected = Expected(rows, from, to);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} rows, {rows.Select(r => r.Fingerprint).Distinct().Count()} fingerprints, {expected.Sum(e => e.Summary.Incidents)} incidents, {expected.Count} weekly rows; Core's maths over them in memory: {core.Elapsed.TotalMilliseconds:0} ms"));

        var window = $"from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}&to={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}";
        var queries = new (string Name, string Path)[]
        {
            ("weekly MTTA/MTTR, 90 d", $"api/alert-history/response-times/weekly?{window}"),
            ("MTTA/MTTR per alertname, 90 d", $"api/alert-history/response-times?{window}"),
            ("history page 1 (50 rows), 90 d", $"api/alert-history?{window}&page=1&pageSize=50"),
            ("history page 20, severity=\"critical\"", $"api/alert-history?{window}&page=20&pageSize=50&filter={Uri.EscapeDataString("severity=\"critical\"")}"),
            ("history page 2, alertname=~\"Redis.*\"", $"api/alert-history?{window}&page=2&pageSize=50&filter={Uri.EscapeDataString("alertname=~\"Redis.*\"")}"),
        };

        var lines = new List<string> { "| store | query | p50 | p99 | max | check |", "|---|---|---:|---:|---:|---|" };
        var failed = false;
        foreach (var postgresStore in new[] { false, true })
        {
            using var data = new TemporaryDirectory("bench-history");
            await using var postgres = postgresStore ? await PostgresServer.StartAsync(cancellationToken) : null;
            var connection = postgres is null ? null : await postgres.CreateDatabaseAsync("history_bench", cancellationToken);
            var settings = new Dictionary<string, string>
            {
                ["OpsConsole:DataDirectory"] = data.Path,
                ["OpsConsole:TimeZone"] = "UTC",
                ["Prometheus:Url"] = "http://127.0.0.1:1",
                ["Alertmanager:Url"] = "http://127.0.0.1:1",
            };
            if (connection is not null)
            {
                settings["Storage:Provider"] = "Postgres";
                settings["Storage:ConnectionString"] = connection;
            }
            // The console migrates its store at start; the rows go in after.
            await using var console = await ConsoleServer.StartAsync(settings, cancellationToken);
            var fill = Stopwatch.StartNew();
            if (connection is null)
            {
                await HistoryStores.FillSqliteAsync(data.Combine("console.db"), rows, cancellationToken);
            }
            else
            {
                await HistoryStores.FillPostgresAsync(connection, rows, cancellationToken);
            }
            var store = connection is null ? "SQLite" : "PostgreSQL 15";
            Console.Error.WriteLine($"{store}: filled in {fill.Elapsed.TotalSeconds:0.0} s");

            using var http = new HttpClient { BaseAddress = console.Url, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
            foreach (var (name, path) in queries)
            {
                string body = string.Empty;
                var times = new List<double>();
                for (var i = 0; i < runs + 2; i++)
                {
                    var clock = Stopwatch.StartNew();
                    body = await http.GetStringAsync(path, cancellationToken);
                    if (i >= 2)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
                var check = Check(name, body, expected, rows, from, to);
                failed |= check.StartsWith("FAIL", StringComparison.Ordinal);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {store} | {name} | {Percentiles.Of(times, 0.50):0} ms | {Percentiles.Of(times, 0.99):0} ms | {times.Max():0} ms | {check} |"));
                Console.Error.WriteLine(lines[^1]);
            }
        }

        Console.WriteLine($"Load average (1/5/15 min) at the end: {LoadAverage()}; at the start: {startLoad}.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Alert history: {rows.Count:N0} rows over 90 days ({rows.Select(r => r.Fingerprint).Distinct().Count():N0} fingerprints), {runs} measured runs per query after 2 warm-ups, over HTTP:"));
        Console.WriteLine(string.Join('\n', lines));
        return failed ? 1 : 0;
    }

    // The machine is shared: the numbers mean little without how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<WeeklyResponseTimes> Expected(IReadOnlyList<HistoryRow> rows, DateTimeOffset from, DateTimeOffset to)
    {
        var tracker = new IncidentTracker(from, to);
        foreach (var row in rows)
        {
            TransitionKind? kind = row.State switch
            {
                "firing" => TransitionKind.Fired,
                "acknowledged" => TransitionKind.Acknowledged,
                "resolved" => TransitionKind.Resolved,
                _ => null,
            };
            if (kind is { } k)
            {
                tracker.Add(new AlertTransition(row.Fingerprint, row.AlertName, row.Service, row.Severity, k, DateTimeOffset.FromUnixTimeMilliseconds(row.AtMs)));
            }
        }
        return [.. WeeklyResponseTimes.Table(tracker.Incidents(), TimeZoneInfo.Utc)];
    }

    private static string Check(string name, string body, List<WeeklyResponseTimes> expected, IReadOnlyList<HistoryRow> rows, DateTimeOffset from, DateTimeOffset to)
    {
        if (name.StartsWith("weekly", StringComparison.Ordinal))
        {
            var answer = JsonSerializer.Deserialize<List<WeeklyResponseTimes>>(body, Json)!;
            var same = answer.Count == expected.Count && answer.Zip(expected).All(p =>
                p.First.Service == p.Second.Service && p.First.Severity == p.Second.Severity && p.First.WeekStart == p.Second.WeekStart
                && p.First.Summary == p.Second.Summary && p.First.Trend.Direction == p.Second.Trend.Direction);
            return same
                ? string.Create(CultureInfo.InvariantCulture, $"{answer.Count} rows, {answer.Sum(a => a.Summary.Incidents):N0} incidents = Core over the generated rows")
                : "FAIL: differs from Core over the generated rows";
        }
        if (name.StartsWith("MTTA", StringComparison.Ordinal))
        {
            using var doc = JsonDocument.Parse(body);
            var incidents = doc.RootElement.EnumerateArray().Sum(e => e.GetProperty("incidents").GetInt32());
            return incidents == expected.Sum(e => e.Summary.Incidents)
                ? string.Create(CultureInfo.InvariantCulture, $"{doc.RootElement.GetArrayLength()} alertnames, {incidents:N0} incidents")
                : "FAIL: incident count differs";
        }
        using var page = JsonDocument.Parse(body);
        var total = page.RootElement.GetProperty("total").GetInt32();
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        var inWindow = rows.Where(r => r.AtMs >= fromMs && r.AtMs < toMs);
        var want = name.Contains("critical", StringComparison.Ordinal) ? inWindow.Count(r => r.Severity == "critical")
            : name.Contains("Redis", StringComparison.Ordinal) ? inWindow.Count(r => r.AlertName.StartsWith("Redis", StringComparison.Ordinal))
            : inWindow.Count();
        return total == want
            ? string.Create(CultureInfo.InvariantCulture, $"total {total:N0}, {page.RootElement.GetProperty("entries").GetArrayLength()} shown")
            : string.Create(CultureInfo.InvariantCulture, $"FAIL: total {total} ≠ {want}");
    }
}
