using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus;

/// <summary>
/// The Prometheus HTTP API v1. Every method throws <see cref="PrometheusApiException"/> when Prometheus reports an
/// error or cannot be reached (ErrorType "unreachable"); cancellation by the caller surfaces as
/// <see cref="OperationCanceledException"/>. Methods whose endpoint can attach warnings return them in
/// <see cref="QueryResult{T}"/>.
/// </summary>
public interface IPrometheusClient
{
    /// <summary>Instant query at <paramref name="time"/> (server's now when null).</summary>
    Task<QueryResult<QueryValue>> QueryAsync(string query, DateTimeOffset? time, CancellationToken cancellationToken);

    Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken);

    /// <summary>The label sets of the series matching any of <paramref name="matchers"/> (series selectors, e.g. <c>up{job="x"}</c>).</summary>
    Task<QueryResult<IReadOnlyList<LabelSet>>> SeriesAsync(
        IReadOnlyCollection<string> matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken);

    Task<QueryResult<IReadOnlyList<string>>> LabelNamesAsync(
        IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken);

    Task<QueryResult<IReadOnlyList<string>>> LabelValuesAsync(
        string labelName, IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken);

    Task<ScrapeTargets> TargetsAsync(TargetStateFilter state, CancellationToken cancellationToken);

    Task<IReadOnlyList<RuleGroup>> RulesAsync(RuleTypeFilter type, CancellationToken cancellationToken);

    /// <summary>Alerts Prometheus currently holds (pending and firing).</summary>
    Task<IReadOnlyList<PrometheusAlert>> AlertsAsync(CancellationToken cancellationToken);

    /// <summary>Metric metadata by metric name; all metrics when <paramref name="metric"/> is null.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MetricMetadata>>> MetadataAsync(
        string? metric, int? limit, CancellationToken cancellationToken);

    Task<PrometheusBuildInfo> BuildInfoAsync(CancellationToken cancellationToken);

    /// <summary>The configuration Prometheus runs, as the YAML it prints (secrets already hidden by Prometheus).</summary>
    Task<string> ConfigYamlAsync(CancellationToken cancellationToken);
}
