namespace OpsConsole.Prometheus.Wire;

/// <summary>Every Prometheus API response: <c>{status, data, errorType, error, warnings, infos}</c>.</summary>
internal sealed class ApiEnvelope<T>
{
    public string? Status { get; init; }

    public T? Data { get; init; }

    public string? ErrorType { get; init; }

    public string? Error { get; init; }

    public List<string>? Warnings { get; init; }

    public List<string>? Infos { get; init; }
}
