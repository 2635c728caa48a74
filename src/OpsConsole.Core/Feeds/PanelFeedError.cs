namespace OpsConsole.Core.Feeds;

/// <summary>
/// Why the frame is stale. <see cref="ErrorType"/> is the backend's error type (bad_data,
/// execution, timeout, unavailable, unreachable, …) or "unexpected"; <see cref="Since"/> is when
/// the current run of failures began.
/// </summary>
public sealed record PanelFeedError(string ErrorType, int? StatusCode, string Message, DateTimeOffset Since)
{
    /// <summary>ErrorType for a failure that was not a <see cref="Metrics.MetricsQueryException"/>.</summary>
    public const string Unexpected = "unexpected";

    /// <summary>ErrorType for a query that did not answer within <see cref="PanelFeedOptions.QueryTimeout"/>.</summary>
    public const string Timeout = "timeout";
}
