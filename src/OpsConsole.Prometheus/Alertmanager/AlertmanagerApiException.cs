using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// An Alertmanager API call failed. <see cref="Exception.Message"/> is Alertmanager's own error text when it sent
/// one (e.g. <c>bad matcher format: severity~crit</c>), so the UI can show it; otherwise ours.
/// <see cref="MetricsQueryException.ErrorType"/> is <c>bad_data</c> (400), <c>not_found</c> (404), <c>internal</c> (500),
/// <c>unavailable</c> (502-504), <c>bad_response</c> (an answer this client cannot read) or <c>unreachable</c>.
/// </summary>
public sealed class AlertmanagerApiException : MetricsQueryException
{
    public AlertmanagerApiException(
        string errorType, int? statusCode, string message, string endpoint, Uri? instance, Exception? innerException = null)
        : base(errorType, statusCode, message, innerException)
    {
        Endpoint = endpoint;
        Instance = instance;
    }

    /// <summary>The API path that failed, e.g. "api/v2/silences".</summary>
    public string Endpoint { get; }

    /// <summary>The Alertmanager that failed (the last one tried, for a write); null when several all failed.</summary>
    public Uri? Instance { get; }

    /// <summary>No usable answer: another Alertmanager of the cluster may do.</summary>
    internal bool IsNoAnswer => IsUnreachable || StatusCode is 502 or 503 or 504;
}
