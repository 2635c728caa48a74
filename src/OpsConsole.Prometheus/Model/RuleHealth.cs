namespace OpsConsole.Prometheus.Model;

/// <summary>The health of a rule after its last evaluation. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct RuleHealth(string Value)
{
    public static RuleHealth Ok { get; } = new("ok");

    public static RuleHealth Error { get; } = new("err");

    public static RuleHealth Unknown { get; } = new("unknown");

    public override string ToString() => Value ?? string.Empty;
}
