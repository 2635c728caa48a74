using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus;

/// <summary>
/// A Prometheus API call failed. <see cref="Exception.Message"/> is Prometheus's own error text, verbatim, when it
/// sent one (e.g. "1:5: parse error: unclosed left parenthesis"), so the UI can show it; otherwise ours.
/// </summary>
public sealed class PrometheusApiException : MetricsQueryException
{
    public PrometheusApiException(string errorType, int? statusCode, string message, string endpoint, Exception? innerException = null)
        : base(errorType, statusCode, message, innerException)
    {
        Endpoint = endpoint;
    }

    /// <summary>The API path that failed, e.g. "api/v1/query".</summary>
    public string Endpoint { get; }

    public PrometheusErrorType Type => new(ErrorType);
}
