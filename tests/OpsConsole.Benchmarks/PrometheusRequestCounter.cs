using System.Globalization;

namespace OpsConsole.Benchmarks;

/// <summary>
/// Reads Prometheus's own <c>prometheus_http_requests_total{handler=~"/api/v1/query.*"}</c> from its
/// /metrics page. Reading the page is not a query, so the measurement does not count itself.
/// </summary>
internal sealed class PrometheusRequestCounter(HttpClient http, Uri prometheus)
{
    public async Task<double> QueryRequestsAsync(CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(prometheus, "/metrics"), cancellationToken);
        double total = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("prometheus_http_requests_total{", StringComparison.Ordinal)
                && (line.Contains("handler=\"/api/v1/query\"", StringComparison.Ordinal)
                    || line.Contains("handler=\"/api/v1/query_range\"", StringComparison.Ordinal)))
            {
                total += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
