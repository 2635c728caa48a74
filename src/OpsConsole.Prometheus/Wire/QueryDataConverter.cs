using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsConsole.Prometheus.Wire;

/// <summary>
/// Reads <c>{resultType, result}</c> straight into the right shape. Prometheus writes resultType first, so a
/// large matrix is read once; should another server put it last, the result is buffered and read afterwards.
/// </summary>
internal sealed class QueryDataConverter : JsonConverter<QueryDataDto>
{
    public override QueryDataDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Query data must be an object.");
        }

        string? resultType = null;
        JsonElement? deferred = null;
        QueryDataDto? data = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "resultType":
                    resultType = reader.GetString();
                    break;
                case "result" when resultType is not null:
                    data = ReadResult(ref reader, resultType);
                    break;
                case "result":
                    deferred = JsonElement.ParseValue(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (resultType is null)
        {
            throw new JsonException("Query data has no resultType.");
        }
        if (data is null && deferred is { } element)
        {
            var buffered = new Utf8JsonReader(JsonSerializer.SerializeToUtf8Bytes(element, PrometheusJsonContext.Default.JsonElement));
            buffered.Read();
            data = ReadResult(ref buffered, resultType);
        }
        return data ?? throw new JsonException("Query data has no result.");
    }

    public override void Write(Utf8JsonWriter writer, QueryDataDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Query data is only read.");

    private static QueryDataDto ReadResult(ref Utf8JsonReader reader, string resultType)
    {
        var context = PrometheusJsonContext.Default;
        return resultType switch
        {
            "vector" => new QueryDataDto { ResultType = resultType, Vector = JsonSerializer.Deserialize(ref reader, context.ListVectorSampleDto) ?? [] },
            "matrix" => new QueryDataDto { ResultType = resultType, Matrix = JsonSerializer.Deserialize(ref reader, context.ListMatrixSeriesDto) ?? [] },
            "scalar" or "string" => new QueryDataDto { ResultType = resultType, Pair = JsonSerializer.Deserialize(ref reader, context.SamplePair) },
            _ => throw new JsonException($"Unknown resultType \"{resultType}\"."),
        };
    }
}
