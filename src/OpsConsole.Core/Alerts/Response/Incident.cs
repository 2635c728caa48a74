namespace OpsConsole.Core.Alerts.Response;

/// <summary>One firing of one alert, from "firing" to "resolved" (null while it is still open).</summary>
public sealed record Incident
{
    public required string Fingerprint { get; init; }
    public required string AlertName { get; init; }
    public string? Service { get; init; }
    public string? Severity { get; init; }
    public required DateTimeOffset FiredAt { get; init; }

    /// <summary>The first acknowledgement while the incident was open.</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public TimeSpan? TimeToAcknowledge => AcknowledgedAt - FiredAt;

    public TimeSpan? TimeToResolve => ResolvedAt - FiredAt;
}
