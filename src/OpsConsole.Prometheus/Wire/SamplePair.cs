using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsConsole.Prometheus.Wire;

/// <summary>A <c>[unixSeconds, "value"]</c> pair; the value stays a string until mapped (it may be "NaN" or "+Inf").</summary>
[JsonConverter(typeof(SamplePairConverter))]
internal readonly record struct SamplePair(double UnixSeconds, string Value);

internal sealed class SamplePairConverter : JsonConverter<SamplePair>
{
    public override SamplePair Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("A sample must be [timestamp, \"value\"].");
        }
        var seconds = reader.GetDouble();
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A sample value must be a string.");
        }
        var value = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A sample must have exactly two elements.");
        }
        return new SamplePair(seconds, value);
    }

    public override void Write(Utf8JsonWriter writer, SamplePair value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.UnixSeconds);
        writer.WriteStringValue(value.Value);
        writer.WriteEndArray();
    }
}
