using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Testing;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Storage;

namespace OpsConsole.IntegrationTests.Storage;

/// <summary>
/// History answered by the database on SQLite and PostgreSQL: the hand-computed response-time case of
/// <see cref="ResponseTimeCase"/> (the same numbers as IncidentTrackerTests in Core) and the page's filters.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HistoryQueryTests(PostgresFixture postgres)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Weekly_response_times_from_the_database_equal_the_hand_computed_case(StoreKind kind)
    {
        await using var store = await OpenFilledAsync(kind);
        var query = store.Host.Get<IAlertHistoryQuery>();

        var rows = await query.WeeklyResponseTimesAsync(ResponseTimeCase.From, ResponseTimeCase.To, CancellationToken.None);

        Assert.Equal(
            ["redis/warning/11-09", "robot-data-service/warning/11-02", "webhook-service/critical/11-09", "webhook-service/critical/11-02"],
            rows.Select(r => $"{r.Service}/{r.Severity}/{r.WeekStart:MM-dd}"));
        var first = rows.Single(r => r.Service == "webhook-service" && r.WeekStart.Day == 2);
        // TTA 5, 10 → 7.5 min; TTR 30, 60, 45 → 45 min.
        Assert.Equal((3, 2, 3, TimeSpan.FromMinutes(7.5), TimeSpan.FromMinutes(45)), Numbers(first.Summary));
        var second = rows.Single(r => r.Service == "webhook-service" && r.WeekStart.Day == 9);
        // TTA 2, 20 → 11 min; TTR 9, 40 → 24.5 min (fp-b answered after the window's end); (24.5 − 45) / 45.
        Assert.Equal((2, 2, 2, TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(24.5)), Numbers(second.Summary));
        Assert.Equal(TrendDirection.Better, second.Trend.Direction);
        Assert.Equal(-20.5 / 45, second.Trend.Change!.Value, 6);
        Assert.Equal((1, 1, 0, TimeSpan.FromMinutes(3), (TimeSpan?)null), Numbers(rows.Single(r => r.Service == "robot-data-service").Summary));
        Assert.Equal((1, 0, 1, (TimeSpan?)null, TimeSpan.FromMinutes(20)), Numbers(rows.Single(r => r.Service == "redis").Summary));

        // The same numbers through the API an automation would read.
        using var client = store.Host.AdminClient();
        var api = await client.GetFromJsonAsync<List<WeeklyResponseTimes>>(
            $"api/alert-history/response-times/weekly?from={Uri.EscapeDataString(ResponseTimeCase.From.ToString("O"))}&to={Uri.EscapeDataString(ResponseTimeCase.To.ToString("O"))}",
            Json, CancellationToken.None);
        Assert.Equal(rows.Select(r => (r.Service, r.Severity, r.WeekStart, Numbers(r.Summary))), api!.Select(r => (r.Service, r.Severity, r.WeekStart, Numbers(r.Summary))));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Response_times_per_alertname_from_the_database_equal_the_hand_computed_case(StoreKind kind)
    {
        await using var store = await OpenFilledAsync(kind);

        var stats = await store.Host.Get<IAlertHistoryQuery>().ResponseTimesAsync(ResponseTimeCase.From, ResponseTimeCase.To, CancellationToken.None);

        Assert.Equal([ResponseTimeCase.Redis, ResponseTimeCase.Robot, ResponseTimeCase.Webhook], stats.Select(s => s.AlertName));
        // Webhook: TTA 5, 10, 2, 20 → 9.25 min; TTR 30, 60, 45, 9, 40 → 36.8 min.
        var webhook = stats[2];
        Assert.Equal((5, 4, 5, TimeSpan.FromMinutes(9.25), TimeSpan.FromMinutes(36.8)),
            (webhook.Incidents, webhook.Acknowledged, webhook.Resolved, webhook.MeanTimeToAcknowledge, webhook.MeanTimeToResolve));
        Assert.Equal((1, 1, 0), (stats[1].Incidents, stats[1].Acknowledged, stats[1].Resolved));
        Assert.Equal((1, 0, 1, TimeSpan.FromMinutes(20)), (stats[0].Incidents, stats[0].Acknowledged, stats[0].Resolved, stats[0].MeanTimeToResolve));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task History_page_filters_and_pages_in_the_database_with_exact_totals(StoreKind kind)
    {
        await using var store = await OpenFilledAsync(kind);
        var query = store.Host.Get<IAlertHistoryQuery>();
        var window = new AlertHistoryFilter { From = ResponseTimeCase.From, To = ResponseTimeCase.To, PageSize = 4 };
        var inWindow = ResponseTimeCase.Changes.Where(c => c.At >= ResponseTimeCase.From && c.At < ResponseTimeCase.To).ToList();

        var all = await query.QueryAsync(window, CancellationToken.None);
        var webhookCritical = await query.QueryAsync(window with
        {
            Matchers = [new Matcher("service", MatchOperator.Equal, "webhook-service"), new Matcher("severity", MatchOperator.Equal, "critical")],
            Page = 2,
        }, CancellationToken.None);
        var firing = await query.QueryAsync(window with { State = AlertHistoryStates.Firing, AlertName = ResponseTimeCase.Robot }, CancellationToken.None);
        // A regex is applied to the streamed rows, not in SQL: the total must still be exact.
        var notWebhook = await query.QueryAsync(window with { Matchers = [new Matcher("alertname", MatchOperator.Regex, "R.*")], Page = 2 }, CancellationToken.None);

        Assert.Equal(inWindow.Count, all.Total);
        Assert.Equal(inWindow.OrderByDescending(c => c.At).Take(4).Select(c => (c.Fingerprint, c.State, c.At)), all.Entries.Select(e => (e.Fingerprint, e.State, e.At)));
        var webhook = inWindow.Where(c => c.Service == "webhook-service").OrderByDescending(c => c.At).ToList();
        Assert.Equal(webhook.Count, webhookCritical.Total);
        Assert.Equal(webhook.Skip(4).Take(4).Select(c => c.At), webhookCritical.Entries.Select(e => e.At));
        Assert.Equal([("fp-d", ResponseTimeCase.From)], firing.Entries.Select(e => (e.Fingerprint, e.At)));
        var robotOrRedis = inWindow.Where(c => c.AlertName.StartsWith('R')).OrderByDescending(c => c.At).ToList();
        Assert.Equal(robotOrRedis.Count, notWebhook.Total);
        Assert.Equal(robotOrRedis.Skip(4).Take(4).Select(c => c.At), notWebhook.Entries.Select(e => e.At));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Rows_stored_before_the_migration_get_service_and_severity_from_their_labels(StoreKind kind)
    {
        using var data = new TemporaryDirectory("history-migration");
        var builder = new DbContextOptionsBuilder<ConsoleDbContext>();
        var options = kind == StoreKind.Sqlite
            ? builder.UseSqlite($"Data Source={data.Combine("console.db")};Pooling=false").Options
            : builder.UseNpgsql(await postgres.NewDatabaseAsync()).Options;
        await using var db = new ConsoleDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync("20261202000000_QueryHistory", CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO alert_history (\"Fingerprint\", \"AlertName\", \"LabelsJson\", \"State\", \"At\") VALUES ({0}, {1}, {2}, {3}, {4}), ({5}, {6}, {7}, {8}, {9})",
            new object[] { "fp-old", "KafkaConsumerLagGrowing", "{\"alertname\":\"KafkaConsumerLagGrowing\",\"service\":\"kafka\",\"severity\":\"warning\"}", "firing", 1_000L,
             "fp-bare", "Watchdog", "{\"alertname\":\"Watchdog\"}", "firing", 2_000L });

        await db.Database.MigrateAsync(CancellationToken.None);

        var rows = await db.AlertHistory.OrderBy(h => h.Id).Select(h => new { h.Service, h.Severity }).ToListAsync();
        Assert.Equal([("kafka", "warning"), (null, null)], rows.Select(r => (r.Service, r.Severity)));
    }

    private static (int, int, int, TimeSpan?, TimeSpan?) Numbers(ResponseSummary s) =>
        (s.Incidents, s.Acknowledged, s.Resolved, s.MeanTimeToAcknowledge, s.MeanTimeToResolve);

    private async Task<OpenStore> OpenFilledAsync(StoreKind kind)
    {
        var data = new TemporaryDirectory("history-query");
        // Weeks are cut in the display zone; the hand-computed case is in UTC.
        var (host, _) = await ConsoleHost.StartAsync(kind, data, postgres, new Dictionary<string, string?> { ["OpsConsole:TimeZone"] = "UTC" });
        var history = host.Get<IAlertHistoryStore>();
        foreach (var change in ResponseTimeCase.Changes)
        {
            await history.AppendAsync(new NewAlertHistoryEntry
            {
                Fingerprint = change.Fingerprint,
                AlertName = change.AlertName,
                Labels = change.Labels,
                State = change.State,
                At = change.At,
                By = change.By,
            }, CancellationToken.None);
        }
        return new OpenStore(host, data);
    }

    private sealed record OpenStore(ConsoleHost Host, TemporaryDirectory Data) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            Data.Dispose();
        }
    }
}
