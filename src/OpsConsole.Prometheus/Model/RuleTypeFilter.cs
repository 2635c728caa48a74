namespace OpsConsole.Prometheus.Model;

/// <summary>Which rules /api/v1/rules returns (its <c>type</c> parameter).</summary>
public enum RuleTypeFilter
{
    Any,
    Alerting,
    Recording,
}
