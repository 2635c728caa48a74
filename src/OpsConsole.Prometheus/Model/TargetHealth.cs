namespace OpsConsole.Prometheus.Model;

/// <summary>The health of a scrape target after its last scrape. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct TargetHealth(string Value)
{
    public static TargetHealth Up { get; } = new("up");

    public static TargetHealth Down { get; } = new("down");

    public static TargetHealth Unknown { get; } = new("unknown");

    public override string ToString() => Value ?? string.Empty;
}
