namespace OpsConsole.Core.Metrics;

/// <summary>
/// The port through which the console reads metrics (Prometheus or any backend speaking its API).
/// Implementations throw <see cref="MetricsQueryException"/> for errors the backend reports.
/// </summary>
public interface IMetricsSource
{
    Task<QueryResult<IReadOnlyList<InstantSample>>> QueryAsync(string expression, DateTimeOffset? time, CancellationToken cancellationToken);

    Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken);
}
