using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsConsole.Prometheus.Wire;

/// <summary>Source-generated (de)serialisers for every Prometheus wire shape this client reads.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ApiEnvelope<QueryDataDto>))]
[JsonSerializable(typeof(ApiEnvelope<List<Dictionary<string, string>>>))]
[JsonSerializable(typeof(ApiEnvelope<List<string>>))]
[JsonSerializable(typeof(ApiEnvelope<TargetsDto>))]
[JsonSerializable(typeof(ApiEnvelope<RulesDto>))]
[JsonSerializable(typeof(ApiEnvelope<AlertsDto>))]
[JsonSerializable(typeof(ApiEnvelope<Dictionary<string, List<MetadataDto>>>))]
[JsonSerializable(typeof(ApiEnvelope<BuildInfoDto>))]
[JsonSerializable(typeof(ApiEnvelope<ConfigDto>))]
[JsonSerializable(typeof(List<VectorSampleDto>))]
[JsonSerializable(typeof(List<MatrixSeriesDto>))]
[JsonSerializable(typeof(SamplePair))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class PrometheusJsonContext : JsonSerializerContext;
