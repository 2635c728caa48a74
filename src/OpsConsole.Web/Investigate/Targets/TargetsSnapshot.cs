using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// What /api/v1/targets and the recent <c>up</c> series say together: targets by scrape pool, the dropped ones,
/// and the targets that appeared or vanished within the history window. <see cref="HistoryMissing"/> is set when
/// the <c>up</c> query failed and only Prometheus's target list is shown. Pools configured with no target at all are
/// listed too, with no targets.
/// </summary>
public sealed record TargetsSnapshot(
    IReadOnlyList<ScrapePoolView> Pools,
    IReadOnlyList<DroppedTarget> Dropped,
    IReadOnlyList<TargetChange> RecentChanges,
    bool HistoryMissing)
{
    /// <param name="up">The <c>up</c> range query over [<paramref name="historyStart"/>, now] at <paramref name="step"/>; null when it failed.</param>
    /// <param name="configuredPools">The job names of Prometheus's configuration (<see cref="ConfiguredScrapePools"/>); empty when unknown.</param>
    public static TargetsSnapshot Build(
        ScrapeTargets targets, IReadOnlyList<MetricSeries>? up, DateTimeOffset historyStart, TimeSpan step, IReadOnlyCollection<string>? configuredPools = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var history = (up ?? [])
            .Where(s => s.Labels["job"] is not null && s.Labels["instance"] is not null && s.Points.Count > 0)
            .GroupBy(s => (Job: s.Labels["job"]!, Instance: s.Labels["instance"]!))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SamplePoint>)[.. g.SelectMany(s => s.Points).OrderBy(p => p.Timestamp)]);

        // A series whose first sample comes after the window's first steps started inside the window: the target
        // appeared then. One that began at the window's start was there before it.
        bool StartedInside(IReadOnlyList<SamplePoint> points) => points[0].Timestamp > historyStart + step;

        var views = targets.Active.Select(target =>
        {
            var job = target.Labels["job"] ?? target.ScrapePool;
            var instance = target.Labels["instance"] ?? target.ScrapeUrl;
            var points = history.GetValueOrDefault((job, instance)) ?? [];
            return new TargetView(target, points, points.Count > 0 && StartedInside(points) ? points[0].Timestamp : null);
        }).ToList();

        var active = views.Select(v => (v.Job, v.Instance)).ToHashSet();
        var appeared = views.Where(v => v.AppearedAt is not null)
            .Select(v => new TargetChange(v.Job, v.Instance, TargetChangeKind.Appeared, v.AppearedAt!.Value));
        var vanished = history.Where(h => !active.Contains(h.Key))
            .Select(h => new TargetChange(h.Key.Job, h.Key.Instance, TargetChangeKind.Vanished, h.Value[^1].Timestamp));

        var byPool = views.GroupBy(v => v.Target.ScrapePool, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TargetView>)[.. g.OrderBy(v => v.Instance, StringComparer.Ordinal)], StringComparer.Ordinal);
        var pools = byPool.Keys.Union(configuredPools ?? [], StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => ScrapePoolView.Of(name, byPool.GetValueOrDefault(name) ?? []))
            .ToList();
        return new TargetsSnapshot(pools, targets.Dropped, [.. appeared.Concat(vanished).OrderByDescending(c => c.At)], up is null);
    }
}
