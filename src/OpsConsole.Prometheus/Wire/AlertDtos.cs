namespace OpsConsole.Prometheus.Wire;

internal sealed class AlertsDto
{
    public List<AlertDto>? Alerts { get; init; }
}

internal sealed class AlertDto
{
    public Dictionary<string, string>? Labels { get; init; }

    public Dictionary<string, string>? Annotations { get; init; }

    public string? State { get; init; }

    public string? ActiveAt { get; init; }

    public string? Value { get; init; }
}
