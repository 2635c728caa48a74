namespace OpsConsole.Prometheus.Alertmanager.Wire;

// Alertmanager API v2 shapes (its OpenAPI spec), as read and written; times stay strings (RFC 3339, nine digits).

internal sealed class GettableAlertDto
{
    public Dictionary<string, string>? Labels { get; init; }

    public Dictionary<string, string>? Annotations { get; init; }

    public string? Fingerprint { get; init; }

    public string? StartsAt { get; init; }

    public string? EndsAt { get; init; }

    public string? UpdatedAt { get; init; }

    public string? GeneratorURL { get; init; }

    public AlertStatusDto? Status { get; init; }

    public List<ReceiverDto>? Receivers { get; init; }
}

internal sealed class AlertStatusDto
{
    public string? State { get; init; }

    public List<string>? SilencedBy { get; init; }

    public List<string>? InhibitedBy { get; init; }
}

internal sealed class ReceiverDto
{
    public string? Name { get; init; }
}

internal sealed class AlertGroupDto
{
    public Dictionary<string, string>? Labels { get; init; }

    public ReceiverDto? Receiver { get; init; }

    public List<GettableAlertDto>? Alerts { get; init; }
}

internal sealed class MatcherDto
{
    public string? Name { get; init; }

    public string? Value { get; init; }

    public bool IsRegex { get; init; }

    // Absent in silences written before Alertmanager 0.22: they meant "equal".
    public bool? IsEqual { get; init; }
}

internal sealed class GettableSilenceDto
{
    public string? Id { get; init; }

    public List<MatcherDto>? Matchers { get; init; }

    public string? StartsAt { get; init; }

    public string? EndsAt { get; init; }

    public string? UpdatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public string? Comment { get; init; }

    public SilenceStatusDto? Status { get; init; }
}

internal sealed class SilenceStatusDto
{
    public string? State { get; init; }
}

internal sealed class PostableSilenceDto
{
    public string? Id { get; init; }

    public required List<MatcherDto> Matchers { get; init; }

    public required string StartsAt { get; init; }

    public required string EndsAt { get; init; }

    public required string CreatedBy { get; init; }

    public required string Comment { get; init; }
}

internal sealed class PostSilenceResponseDto
{
    public string? SilenceID { get; init; }
}

internal sealed class StatusDto
{
    public ClusterStatusDto? Cluster { get; init; }

    public ConfigDto? Config { get; init; }

    public string? Uptime { get; init; }

    public VersionInfoDto? VersionInfo { get; init; }
}

internal sealed class ClusterStatusDto
{
    public string? Status { get; init; }

    public List<PeerDto>? Peers { get; init; }
}

internal sealed class PeerDto
{
    public string? Name { get; init; }

    public string? Address { get; init; }
}

internal sealed class ConfigDto
{
    public string? Original { get; init; }
}

internal sealed class VersionInfoDto
{
    public string? Version { get; init; }
}
