namespace OpsConsole.Prometheus.Model;

/// <summary>The type of a query result, as Prometheus names it. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct ResultType(string Value)
{
    public static ResultType Vector { get; } = new("vector");

    public static ResultType Matrix { get; } = new("matrix");

    public static ResultType Scalar { get; } = new("scalar");

    public static ResultType String { get; } = new("string");

    public override string ToString() => Value ?? string.Empty;
}
