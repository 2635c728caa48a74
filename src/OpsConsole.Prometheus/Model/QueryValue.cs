using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Model;

/// <summary>The value of an instant query; one sealed subtype per <see cref="ResultType"/>.</summary>
public abstract record QueryValue
{
    private protected QueryValue()
    {
    }

    public abstract ResultType Type { get; }
}

/// <summary>An instant vector: one sample per series.</summary>
public sealed record VectorValue(IReadOnlyList<InstantSample> Samples) : QueryValue
{
    public override ResultType Type => ResultType.Vector;
}

/// <summary>A range vector (e.g. <c>up[5m]</c>): several samples per series.</summary>
public sealed record MatrixValue(IReadOnlyList<MetricSeries> Series) : QueryValue
{
    public override ResultType Type => ResultType.Matrix;
}

/// <summary>A single number, e.g. the result of <c>scalar(...)</c> or <c>1/0</c>.</summary>
public sealed record ScalarValue(SamplePoint Point) : QueryValue
{
    public override ResultType Type => ResultType.Scalar;
}

/// <summary>A string literal result.</summary>
public sealed record StringValue(DateTimeOffset Timestamp, string Value) : QueryValue
{
    public override ResultType Type => ResultType.String;
}
