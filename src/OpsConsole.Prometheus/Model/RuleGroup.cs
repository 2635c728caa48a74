namespace OpsConsole.Prometheus.Model;

/// <summary>A rule group from a rule file. <see cref="LastEvaluation"/> is null before the first evaluation.</summary>
public sealed record RuleGroup(
    string Name,
    string File,
    TimeSpan Interval,
    IReadOnlyList<Rule> Rules,
    DateTimeOffset? LastEvaluation,
    TimeSpan EvaluationTime);
