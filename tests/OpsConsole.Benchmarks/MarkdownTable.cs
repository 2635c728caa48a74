using System.Globalization;
using System.Text;

namespace OpsConsole.Benchmarks;

internal static class MarkdownTable
{
    public static string Render(IReadOnlyList<RunResult> results, int panelCount, BenchmarkSettings settings)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"{panelCount} panel queries, refresh {settings.Refresh.TotalSeconds:0} s, {settings.Ticks} ticks per row; N = 0 is the idle baseline (stack and runtime only).");
        table.AppendLine();
        table.AppendLine("| viewers (N) | subscriptions | Prometheus query requests / tick | CPU s over the run | working set MB | GC heap MB | frame latency p50 ms | p99 ms | frames (stale) |");
        table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Viewers} | {r.Subscriptions} | {r.RequestsPerTick:0.0} | {r.CpuSeconds:0.00} | {r.WorkingSetMb:0} | {r.GcHeapMb:0} | {Ms(r.P50Milliseconds)} | {Ms(r.P99Milliseconds)} | {r.Frames} ({r.StaleFrames}) |");
        }

        return table.ToString();
    }

    private static string Ms(double? milliseconds) =>
        milliseconds is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
