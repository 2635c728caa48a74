using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Rules;

/// <summary>One row of the rules page's virtualised list: a group's header or one of its rules.</summary>
public abstract record RuleListRow(string Id);

/// <summary>
/// A rule group's header. <see cref="IsSlow"/> flags a group whose last evaluation took at least
/// <see cref="SlowShare"/> of its interval: close to missing evaluations.
/// </summary>
public sealed record RuleGroupRow(RuleGroup Group, int Shown) : RuleListRow("group:" + Group.File + ":" + Group.Name)
{
    public const double SlowShare = 0.8;

    public bool IsSlow => Group.Interval > TimeSpan.Zero && Group.EvaluationTime >= Group.Interval * SlowShare;
}

/// <summary>A rule inside its group, with the counts of the alerts it holds when it is an alerting rule.</summary>
public sealed record RuleRow(RuleGroup Group, Rule Rule, int Index) : RuleListRow("rule:" + Group.File + ":" + Group.Name + ":" + Index)
{
    public int Pending => Rule is AlertingRule alerting ? alerting.Alerts.Count(a => a.State == PrometheusAlertState.Pending) : 0;

    public int Firing => Rule is AlertingRule alerting ? alerting.Alerts.Count(a => a.State == PrometheusAlertState.Firing) : 0;
}
