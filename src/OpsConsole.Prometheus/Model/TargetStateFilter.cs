namespace OpsConsole.Prometheus.Model;

/// <summary>Which targets /api/v1/targets returns (its <c>state</c> parameter).</summary>
public enum TargetStateFilter
{
    Any,
    Active,
    Dropped,
}
