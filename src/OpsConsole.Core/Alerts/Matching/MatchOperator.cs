namespace OpsConsole.Core.Alerts.Matching;

/// <summary>The four matcher operators of Alertmanager (and PromQL).</summary>
public enum MatchOperator
{
    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>=~</c>, anchored at both ends.</summary>
    Regex,

    /// <summary><c>!~</c>, anchored at both ends.</summary>
    NotRegex,
}
