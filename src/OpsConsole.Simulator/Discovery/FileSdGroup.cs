using System.Text.Json.Serialization;

namespace OpsConsole.Simulator.Discovery;

/// <summary>One target group of a Prometheus file_sd file.</summary>
internal sealed record FileSdGroup(
    [property: JsonPropertyName("targets")] IReadOnlyList<string> Targets,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels);
