namespace OpsConsole.Core.Live;

/// <summary>
/// Why a live value is not current. <see cref="ErrorType"/> is a code the UI words (the backend's error type such as
/// bad_data, unavailable or unreachable, or <see cref="Timeout"/> / <see cref="Unexpected"/>); <see cref="Since"/> is
/// when the current run of failures began.
/// </summary>
public sealed record LiveError(string ErrorType, int? StatusCode, string Message, DateTimeOffset Since)
{
    /// <summary>A failure that was not a <see cref="Metrics.MetricsQueryException"/>.</summary>
    public const string Unexpected = "unexpected";

    /// <summary>The source did not answer within its timeout.</summary>
    public const string Timeout = "timeout";
}
