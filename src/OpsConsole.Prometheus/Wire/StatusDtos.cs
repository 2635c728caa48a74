namespace OpsConsole.Prometheus.Wire;

internal sealed class BuildInfoDto
{
    public string? Version { get; init; }

    public string? Revision { get; init; }

    public string? Branch { get; init; }

    public string? BuildUser { get; init; }

    public string? BuildDate { get; init; }

    public string? GoVersion { get; init; }
}

internal sealed class MetadataDto
{
    public string? Type { get; init; }

    public string? Help { get; init; }

    public string? Unit { get; init; }
}

internal sealed class ConfigDto
{
    public string? Yaml { get; init; }
}
