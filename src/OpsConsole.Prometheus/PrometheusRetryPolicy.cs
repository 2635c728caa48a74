using System.Net;
using Polly;

namespace OpsConsole.Prometheus;

/// <summary>
/// Which failures are worth another attempt: a network error or HTTP 503 (Prometheus not ready, or overloaded
/// and aborting). Never 400/422: the same query would fail the same way. A timed-out attempt is not retried
/// either, so a hung server costs the caller one Timeout, not several.
/// </summary>
internal sealed record PrometheusRetryPolicy(int MaxRetries, TimeSpan BaseDelay)
{
    public static PrometheusRetryPolicy Default { get; } = new(2, TimeSpan.FromMilliseconds(250));

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException ||
        outcome.Result?.StatusCode == HttpStatusCode.ServiceUnavailable;
}
