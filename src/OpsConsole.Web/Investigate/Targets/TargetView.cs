using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// One scraped target as the targets page shows it: Prometheus's own view, its recent <c>up</c> samples (oldest
/// first) and when it appeared, if that was inside the history window.
/// </summary>
public sealed record TargetView(ActiveTarget Target, IReadOnlyList<SamplePoint> UpHistory, DateTimeOffset? AppearedAt)
{
    public string Job => Target.Labels["job"] ?? Target.ScrapePool;

    public string Instance => Target.Labels["instance"] ?? Target.ScrapeUrl;

    /// <summary>Up and down changes in the history: a flapping target has several.</summary>
    public int Flaps => UpHistory.Zip(UpHistory.Skip(1)).Count(pair => (pair.First.Value >= 1) != (pair.Second.Value >= 1));
}
