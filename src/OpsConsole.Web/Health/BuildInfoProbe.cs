using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;

namespace OpsConsole.Web.Health;

/// <summary>
/// Probes with /api/v1/status/buildinfo, which also tells the version. Backends that speak the query API but
/// lack that endpoint (answering 404) are probed with a query instead, and their version stays unknown.
/// </summary>
internal sealed class BuildInfoProbe(IPrometheusClient client, IMetricsSource source) : IPrometheusProbe
{
    private readonly MetricsSourceProbe _fallback = new(source);

    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var info = await client.BuildInfoAsync(cancellationToken).ConfigureAwait(false);
            return info.Version;
        }
        catch (MetricsQueryException exception) when (exception.StatusCode == StatusCodes.Status404NotFound)
        {
            return await _fallback.ProbeAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
