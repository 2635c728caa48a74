using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Downsampling;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Explore.Queries;

/// <summary>
/// Runs Explore's queries through the one Prometheus client. Graph data is stepped like a board panel
/// (<see cref="StepPolicy"/>) and thinned like one (LTTB, two points per pixel); cancellation by the caller ends
/// the request, which makes Prometheus abandon the evaluation.
/// </summary>
public sealed class ExploreQueryService(
    IPrometheusClient prometheus, TimeProvider time, IOptionsMonitor<ExploreOptions> options, IOptionsMonitor<PanelFeedOptions> feed)
{
    /// <summary>The chart's width the step and the thinning are chosen for.</summary>
    public const int ChartWidthPixels = 1200;

    /// <summary>The step for <paramref name="range"/> when the user names none (about one point per pixel).</summary>
    public TimeSpan AutoStep(TimeSpan range) => StepPolicy.Choose(range, ChartWidthPixels, feed.CurrentValue.DefaultMinStep);

    public Task<QueryOutcome<GraphData>> RangeAsync(
        string expression, DateTimeOffset start, DateTimeOffset end, TimeSpan? step, CancellationToken cancellationToken)
    {
        var chosen = step is { } s && s > TimeSpan.Zero && StepPolicy.PointCount(end - start, s) <= StepPolicy.MaxPointsPerSeries
            ? s
            : AutoStep(end - start);
        return RunAsync(expression, async ct =>
        {
            var answer = await prometheus.QueryRangeAsync(new RangeQuery(expression, start, end, chosen), ct).ConfigureAwait(false);
            var cap = Math.Max(1, options.CurrentValue.MaxGraphSeries);
            var series = answer.Value.Take(cap)
                .Select(x => x.Points.Count <= 2 * ChartWidthPixels ? x : x with { Points = Lttb.Downsample(x.Points, 2 * ChartWidthPixels) })
                .ToList();
            return (new GraphData(series, answer.Value.Count, chosen), answer.Warnings, answer.Infos);
        }, cancellationToken);
    }

    /// <summary>An instant query at <paramref name="at"/> (now when null).</summary>
    public Task<QueryOutcome<QueryValue>> InstantAsync(string expression, DateTimeOffset? at, CancellationToken cancellationToken) =>
        RunAsync(expression, async ct =>
        {
            var answer = await prometheus.QueryAsync(expression, at ?? time.GetUtcNow(), ct).ConfigureAwait(false);
            return (answer.Value, answer.Warnings, answer.Infos);
        }, cancellationToken);

    /// <summary>A sub-expression of the tree view, evaluated once: its series count and labels with their value counts.</summary>
    public Task<QueryOutcome<NodeStats>> NodeStatsAsync(string expression, DateTimeOffset? at, CancellationToken cancellationToken) =>
        RunAsync(expression, async ct =>
        {
            var answer = await prometheus.QueryAsync(expression, at ?? time.GetUtcNow(), ct).ConfigureAwait(false);
            return (Stats(answer.Value), answer.Warnings, answer.Infos);
        }, cancellationToken);

    internal static NodeStats Stats(QueryValue value)
    {
        var labelSets = value switch
        {
            VectorValue vector => vector.Samples.Select(s => s.Labels).ToList(),
            MatrixValue matrix => matrix.Series.Select(s => s.Labels).ToList(),
            _ => [],
        };
        var labels = labelSets
            .SelectMany(l => l.Values)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => new LabelStats(
                g.Key,
                g.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count(),
                [.. g.GroupBy(p => p.Value, StringComparer.Ordinal).OrderByDescending(v => v.Count()).ThenBy(v => v.Key, StringComparer.Ordinal)
                    .Take(5).Select(v => v.Key)]))
            .OrderBy(l => l.Name == "__name__" ? 0 : 1).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var count = value switch
        {
            VectorValue vector => vector.Samples.Count,
            MatrixValue matrix => matrix.Series.Count,
            _ => 1,
        };
        return new NodeStats(value.Type.ToString().ToLowerInvariant(), count, labels);
    }

    private async Task<QueryOutcome<T>> RunAsync<T>(
        string expression,
        Func<CancellationToken, Task<(T Value, IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos)>> run,
        CancellationToken cancellationToken)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        if (string.IsNullOrWhiteSpace(expression))
        {
            return new QueryOutcome<T>(null, new QueryError("empty", string.Empty, null), [], [], TimeSpan.Zero);
        }
        try
        {
            var (value, warnings, infos) = await run(cancellationToken).ConfigureAwait(false);
            return new QueryOutcome<T>(value, null, warnings, infos, clock.Elapsed);
        }
        catch (MetricsQueryException ex)
        {
            return new QueryOutcome<T>(null, QueryError.From(ex.ErrorType, ex.Message, expression), [], [], clock.Elapsed);
        }
    }
}
