using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Benchmarks;

/// <summary>What one row of the table measured.</summary>
internal sealed record RunResult(
    int Viewers, int Subscriptions, double RequestsPerTick, double CpuSeconds, double WorkingSetMb, double GcHeapMb,
    double? P50Milliseconds, double? P99Milliseconds, long Frames, long StaleFrames);

/// <summary>
/// Holds <c>N</c> viewers of a board for a fixed number of refresh ticks. A viewer is one subscriber
/// per panel on one <see cref="PanelFeed"/> - the singleton a console server shares between all its
/// browser circuits - so this measures the feed's sharing, not browsers or SignalR.
/// </summary>
internal sealed class ViewerRun(IMetricsSource source, PrometheusRequestCounter counter, BenchmarkSettings settings)
{
    // Reads happen this far into a refresh period, when the tick's queries are long answered.
    private static readonly TimeSpan ReadOffset = TimeSpan.FromSeconds(2.5);

    public async Task<RunResult> RunAsync(int viewers, IReadOnlyList<BenchmarkPanel> panels, TimeSpan range, CancellationToken cancellationToken)
    {
        using var meters = new BenchmarkMeterFactory();
        var options = new PanelFeedOptions { DefaultMinStep = settings.Refresh, MinRefreshInterval = settings.Refresh };
        await using var feed = new PanelFeed(
            new SingleMetricsSourceResolver(source), options, TimeProvider.System, new PanelFeedMetrics(meters), NullLogger<PanelFeed>.Instance);

        var latencies = new ConcurrentQueue<double>();
        long frames = 0;
        long stale = 0;
        MeasuredWindows? measured = null;
        var joined = 0;
        var subscriptionCount = viewers * panels.Count;
        var allJoined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (subscriptionCount == 0)
        {
            allJoined.SetResult();
        }

        var subscriptions = new List<PanelSubscription>(subscriptionCount);
        for (var viewer = 0; viewer < viewers; viewer++)
        {
            // Screens of different widths: the width only thins the frame, it never splits the query.
            var width = 480 + (viewer % 4 * 320);
            foreach (var panel in panels)
            {
                var first = true;
                var request = panel.Instant
                    ? PanelRequest.Instant(panel.Expression) with { Refresh = settings.Refresh }
                    : new PanelRequest(panel.Expression, range, width) { Refresh = settings.Refresh };
                subscriptions.Add(feed.Subscribe(request, (frame, _) =>
                {
                    var delivered = DateTimeOffset.UtcNow;
                    if (first)
                    {
                        first = false;
                        if (Interlocked.Increment(ref joined) == subscriptionCount)
                        {
                            allJoined.TrySetResult();
                        }
                    }
                    else if (Volatile.Read(ref measured) is { } windows && frame.Window.End > windows.After && frame.Window.End <= windows.Last)
                    {
                        // The tick for a window is due at its end (refresh period == step): due -> delivered.
                        Interlocked.Increment(ref frames);
                        if (frame.Stale)
                        {
                            Interlocked.Increment(ref stale);
                        }
                        else
                        {
                            latencies.Enqueue((delivered - frame.Window.End).TotalMilliseconds);
                        }
                    }

                    return ValueTask.CompletedTask;
                }));
            }
        }

        await allJoined.Task.WaitAsync(settings.JoinTimeout, cancellationToken);

        var start = NextBoundary(DateTimeOffset.UtcNow);
        var last = start + (settings.Refresh * settings.Ticks);
        Volatile.Write(ref measured, new MeasuredWindows(start, last));
        await DelayUntilAsync(start + ReadOffset, cancellationToken);
        var requestsBefore = await counter.QueryRequestsAsync(cancellationToken);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;

        await DelayUntilAsync(last + ReadOffset, cancellationToken);
        var requestsAfter = await counter.QueryRequestsAsync(cancellationToken);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var workingSet = process.WorkingSet64;
        var heap = GC.GetTotalMemory(forceFullCollection: false);

        foreach (var subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }

        var sorted = latencies.Order().ToArray();
        return new RunResult(
            viewers, subscriptionCount, (requestsAfter - requestsBefore) / settings.Ticks, cpu.TotalSeconds,
            workingSet / 1048576.0, heap / 1048576.0, Percentile(sorted, 0.50), Percentile(sorted, 0.99), frames, stale);
    }

    /// <summary>The ticks measured: windows ending after <paramref name="After"/> up to <paramref name="Last"/>.</summary>
    private sealed record MeasuredWindows(DateTimeOffset After, DateTimeOffset Last);

    private DateTimeOffset NextBoundary(DateTimeOffset now)
    {
        var period = settings.Refresh.Ticks;
        var sinceEpoch = (now - DateTimeOffset.UnixEpoch).Ticks;
        return DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(sinceEpoch - (sinceEpoch % period) + period);
    }

    private static async Task DelayUntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static double? Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? null : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
