namespace OpsConsole.Core.Metrics;

/// <summary>
/// A metrics backend refused or failed a request. <see cref="ErrorType"/> is the backend's own
/// error type (Prometheus: bad_data, execution, timeout, canceled, internal, not_found, unavailable),
/// or "unreachable" when no answer came back at all.
/// </summary>
public class MetricsQueryException : Exception
{
    public const string Unreachable = "unreachable";

    public MetricsQueryException(string errorType, int? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorType = errorType;
        StatusCode = statusCode;
    }

    public string ErrorType { get; }

    public int? StatusCode { get; }

    public bool IsUnreachable => ErrorType == Unreachable;
}
