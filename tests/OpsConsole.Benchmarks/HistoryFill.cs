using System.Text.Json;

namespace OpsConsole.Benchmarks;

/// <summary>One generated history row, as the console's recorder would have written it.</summary>
internal sealed record HistoryRow(string Fingerprint, string AlertName, string LabelsJson, string Service, string Severity, string State, long AtMs, string? By);

/// <summary>
/// A NOC's quarter of alert history: many fingerprints (alertname × instance) of six services, each going through
/// fire → (ack, its silence) → resolve cycles, some re-firing quickly (flapping), some never acked, a few left open,
/// with pending and unacknowledged noise. Seeded: the same rows every run.
/// </summary>
internal static class HistoryFill
{
    private static readonly (string Service, string[] Alerts)[] Services =
    [
        ("webhook-service", ["WebhookLatencyHigh", "WebhookErrorRateHigh", "WebhookAvailabilityBudgetBurnPage", "WebhookPodCpuHigh"]),
        ("robot-data-service", ["RobotRegistrationFailing", "RobotMetadataSyncSlow", "RobotCommandSuccessLow", "RobotOnlineRateDrop"]),
        ("flink", ["FlinkCheckpointSlow", "FlinkTaskManagerCpuHigh", "FlinkRocksDbStateLarge"]),
        ("kafka", ["KafkaConsumerLagGrowing", "KafkaPartitionTrafficHigh"]),
        ("redis", ["RedisMemoryHigh", "RedisHitRateLow", "RedisDown"]),
        ("prometheus", ["PrometheusTargetDown", "PrometheusRuleEvaluationSlow"]),
    ];

    private static readonly string[] Severities = ["critical", "warning", "warning", "info"];
    private static readonly string[] People = ["alice", "bob", "carol", "dora", "erik"];

    public static List<HistoryRow> Generate(int rows, DateTimeOffset from, DateTimeOffset to, int seed = 90)
    {
        var random = new Random(seed);
        var alerts = new List<(string Fingerprint, string AlertName, string Service, string Severity, string Labels)>();
        var instance = 0;
        // About 1,500 fingerprints: each alertname on 50–100 instances.
        foreach (var (service, names) in Services)
        {
            foreach (var name in names)
            {
                var severity = Severities[random.Next(Severities.Length)];
                for (var i = 0; i < 50 + random.Next(50); i++, instance++)
                {
                    var labels = JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["alertname"] = name, ["service"] = service, ["severity"] = severity,
                        ["instance"] = $"10.0.{instance / 250}.{instance % 250}:8080", ["job"] = service,
                    });
                    alerts.Add(($"{instance:x16}", name, service, severity, labels));
                }
            }
        }

        // Each fingerprint walks forward through the quarter, one incident after another (about 3.9 rows each; 3.7 aims a little over, the oldest extra rows are dropped), with
        // exponential quiet gaps sized so the whole fill comes to about the rows asked for.
        const double RowsPerIncident = 3.7;
        var all = new List<HistoryRow>(rows + 1_000);
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        var meanGap = (toMs - fromMs) * alerts.Count / (rows / RowsPerIncident);
        foreach (var alert in alerts)
        {
            void Add(string state, long at, string? by = null) =>
                all.Add(new HistoryRow(alert.Fingerprint, alert.AlertName, alert.Labels, alert.Service, alert.Severity, state, at, by));

            var fired = fromMs + (long)(random.NextDouble() * meanGap);
            while (fired < toMs)
            {
                if (random.NextDouble() < 0.4)
                {
                    Add("pending", fired - 60_000);
                }
                Add("firing", fired);
                var resolveAfter = (long)(Math.Exp(random.NextDouble() * 5) * 60_000); // 1 min .. ~2.5 h, mostly short
                if (random.NextDouble() < 0.7)
                {
                    var ackAfter = (long)(random.NextDouble() * Math.Min(resolveAfter, 30 * 60_000));
                    var who = People[random.Next(People.Length)];
                    Add("acknowledged", fired + ackAfter, who);
                    Add("silenced", fired + ackAfter, who);
                    if (random.NextDouble() < 0.05)
                    {
                        Add("unacknowledged", fired + ackAfter + 1_000, who);
                    }
                }
                if (random.NextDouble() < 0.1)
                {
                    Add("firing", fired + 1_500); // the same incident reported again (a webhook retry)
                }
                var resolved = fired + resolveAfter;
                if (random.NextDouble() < 0.998 && resolved < toMs)
                {
                    Add("resolved", resolved);
                }
                else
                {
                    break; // still open at the end of the quarter
                }
                fired = resolved + 60_000 + (long)(-Math.Log(1 - random.NextDouble()) * meanGap);
            }
        }
        // The recorder appends in time order: ids grow with time.
        all = [.. all.OrderBy(r => r.AtMs)];
        return all.Count > rows ? all[(all.Count - rows)..] : all;
    }
}
