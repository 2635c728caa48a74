using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Health;

/// <summary>Probes through the metrics port with a query that needs no data: works on any Prometheus-API backend.</summary>
internal sealed class MetricsSourceProbe(IMetricsSource source) : IPrometheusProbe
{
    internal const string Expression = "vector(1)";

    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        await source.QueryAsync(Expression, time: null, cancellationToken).ConfigureAwait(false);
        return null;
    }
}
