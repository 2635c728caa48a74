using OpsConsole.Core.Boards;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Boards;

/// <summary>
/// Variable choices from Prometheus: label values of the matching series, limited to the board's range
/// (so pods that went away yesterday are not offered), or values extracted from an instant query.
/// </summary>
internal sealed class PrometheusVariableValues(IPrometheusClient client) : IVariableValues
{
    public async Task<IReadOnlyList<string>> ValuesAsync(
        VariableDefinition variable, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variable);
        switch (variable.Source)
        {
            case LabelValuesSource labels:
                var values = await client.LabelValuesAsync(labels.Label, [labels.Metric], start, end, cancellationToken).ConfigureAwait(false);
                return [.. values.Value.Order(StringComparer.Ordinal)];
            case QueryResultSource query:
                var result = await client.QueryAsync(query.Expr, end, cancellationToken).ConfigureAwait(false);
                var series = result.Value is VectorValue vector ? vector.Samples.Select(s => s.Labels) : [];
                return query.ExtractValues(series);
            default:
                return [];
        }
    }
}
