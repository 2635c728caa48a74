using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus;

/// <summary>The Core metrics port over the Prometheus API.</summary>
internal sealed class PrometheusMetricsSource(IPrometheusClient client) : IMetricsSource
{
    public async Task<QueryResult<IReadOnlyList<InstantSample>>> QueryAsync(
        string expression, DateTimeOffset? time, CancellationToken cancellationToken)
    {
        var result = await client.QueryAsync(expression, time, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<InstantSample> samples = result.Value switch
        {
            VectorValue vector => vector.Samples,
            // A scalar (e.g. scalar(sum(up))) is shown like a one-element vector without labels.
            ScalarValue scalar => [new InstantSample(LabelSet.Empty, scalar.Point)],
            _ => throw new MetricsQueryException(PrometheusErrorType.BadData.Value, null,
                $"The expression returns a {result.Value.Type} result; an instant vector or scalar is needed here."),
        };
        return new QueryResult<IReadOnlyList<InstantSample>>(samples, result.Warnings, result.Infos);
    }

    public Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken) =>
        client.QueryRangeAsync(query, cancellationToken);
}
