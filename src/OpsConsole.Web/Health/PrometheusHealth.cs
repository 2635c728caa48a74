namespace OpsConsole.Web.Health;

public enum PrometheusStatus
{
    /// <summary>Not probed yet.</summary>
    Unknown,
    Reachable,
    Unreachable,
}

/// <summary>What the console last learned about its Prometheus backend.</summary>
/// <param name="Version">The server version when the probe can tell it.</param>
/// <param name="Error">Why the last probe failed; null when it succeeded.</param>
/// <param name="CheckedAt">When the last probe finished.</param>
/// <param name="LastReachableAt">The last time a probe succeeded: the age of what the boards show while it is down.</param>
public sealed record PrometheusHealth(
    PrometheusStatus Status,
    string? Version,
    string? Error,
    DateTimeOffset? CheckedAt,
    DateTimeOffset? LastReachableAt)
{
    public static PrometheusHealth Unknown { get; } = new(PrometheusStatus.Unknown, null, null, null, null);

    public bool IsReachable => Status == PrometheusStatus.Reachable;

    public bool IsUnreachable => Status == PrometheusStatus.Unreachable;

    /// <summary>True when a viewer would see a difference (the timestamps alone change on every probe).</summary>
    public bool DiffersVisiblyFrom(PrometheusHealth other) =>
        Status != other.Status || Version != other.Version || Error != other.Error;
}
