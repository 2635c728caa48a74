using OpsConsole.Core.Boards;

namespace OpsConsole.Benchmarks;

/// <summary>One panel query of the benchmarked board: an instant query (stat, gauge…) or a range query.</summary>
internal sealed record BenchmarkPanel(string Id, string Expression, bool Instant);

/// <summary>The panels of the Operations overview: from deploy/boards/overview.yaml when it loads, else a fixed representative list.</summary>
internal static class OverviewPanels
{
    private static readonly Dictionary<string, IReadOnlyList<string>> AllVariables = new(StringComparer.Ordinal);

    // Golden signals of every service plus firing alerts and targets down, as the overview shows them.
    private static readonly BenchmarkPanel[] Fallback =
    [
        new("firing-alerts", "count(ALERTS{alertstate=\"firing\"}) or vector(0)", Instant: true),
        new("targets-down", "count(up == 0) or vector(0)", Instant: true),
        new("webhook-success", "1 - sum(service:http_request_errors:ratio_rate5m{service=\"webhook-service\"})", Instant: true),
        new("fleet-online", "sum(job:robot_online:ratio)", Instant: true),
        new("webhook-qps", "sum by (service) (rate(http_server_requests_seconds_count[1m]))", Instant: false),
        new("webhook-p99", "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket[5m])))", Instant: false),
        new("flink-throughput", "sum(job_name:flink_records_in_per_second:sum)", Instant: false),
        new("kafka-lag", "sum by (topic) (kafka_consumergroup_lag)", Instant: false),
        new("redis-memory", "redis_memory_used_bytes", Instant: false),
        new("targets-up", "sum by (job) (up)", Instant: false),
    ];

    /// <summary>The panels and where they came from.</summary>
    public static async Task<(IReadOnlyList<BenchmarkPanel> Panels, TimeSpan Range, string Source)> LoadAsync(
        string boardFile, CancellationToken cancellationToken)
    {
        if (File.Exists(boardFile))
        {
            var result = await BoardFileLoader.LoadFileAsync(boardFile, cancellationToken);
            if (result.Board is { } board)
            {
                var panels = board.Panels
                    .SelectMany(panel => panel.Targets.Select(target => new BenchmarkPanel(
                        $"{panel.Id}/{target.RefId}",
                        BoardQuery.Substitute(target.Expr, AllVariables),
                        Instant: panel.Type is not (PanelType.TimeSeries or PanelType.Bar))))
                    .ToList();
                return (panels, board.Time.Length, Path.GetFileName(boardFile));
            }

            Console.Error.WriteLine($"{boardFile} did not load ({result.Errors.Count} errors); using the fixed overview queries.");
        }

        return (Fallback, TimeSpan.FromHours(1), "fixed overview queries (overview.yaml not found)");
    }
}
