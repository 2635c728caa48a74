using System.Text.Json.Serialization;

namespace OpsConsole.Prometheus.Alertmanager.Wire;

/// <summary>Source-generated (de)serialisers for every Alertmanager wire shape this client reads or writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<GettableAlertDto>))]
[JsonSerializable(typeof(List<AlertGroupDto>))]
[JsonSerializable(typeof(List<GettableSilenceDto>))]
[JsonSerializable(typeof(GettableSilenceDto))]
[JsonSerializable(typeof(PostableSilenceDto))]
[JsonSerializable(typeof(PostSilenceResponseDto))]
[JsonSerializable(typeof(StatusDto))]
[JsonSerializable(typeof(string))]
internal sealed partial class AlertmanagerJsonContext : JsonSerializerContext;
