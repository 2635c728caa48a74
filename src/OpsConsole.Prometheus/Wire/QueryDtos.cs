using System.Text.Json.Serialization;

namespace OpsConsole.Prometheus.Wire;

/// <summary>The <c>data</c> of /query and /query_range; exactly one result member is set, per <see cref="ResultType"/>.</summary>
[JsonConverter(typeof(QueryDataConverter))]
internal sealed class QueryDataDto
{
    public required string ResultType { get; init; }

    public List<VectorSampleDto>? Vector { get; init; }

    public List<MatrixSeriesDto>? Matrix { get; init; }

    /// <summary>The pair of a scalar or string result.</summary>
    public SamplePair? Pair { get; init; }
}

internal sealed class VectorSampleDto
{
    public Dictionary<string, string>? Metric { get; init; }

    /// <summary>Null for a native-histogram sample, which carries <c>histogram</c> instead.</summary>
    public SamplePair? Value { get; init; }
}

internal sealed class MatrixSeriesDto
{
    public Dictionary<string, string>? Metric { get; init; }

    public List<SamplePair>? Values { get; init; }
}
