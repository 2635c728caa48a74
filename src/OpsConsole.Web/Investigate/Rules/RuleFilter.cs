using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Rules;

/// <summary>
/// The rules page's filter, kept in the URL (<c>?type=alerting&amp;health=err&amp;q=kafka</c>). Text matches the
/// rule's name, expression, labels, last error, and its group's name and file, ignoring case.
/// </summary>
public sealed record RuleFilter(RuleTypeChoice Type, RuleHealthChoice Health, string Text)
{
    public const string TypeParameter = "type";
    public const string HealthParameter = "health";
    public const string TextParameter = "q";

    public static RuleFilter None { get; } = new(RuleTypeChoice.Any, RuleHealthChoice.Any, string.Empty);

    public static RuleFilter FromQuery(string? type, string? health, string? text) => new(
        Enum.TryParse<RuleTypeChoice>(type, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : RuleTypeChoice.Any,
        Enum.TryParse<RuleHealthChoice>(health, ignoreCase: true, out var h) && Enum.IsDefined(h) ? h : RuleHealthChoice.Any,
        text?.Trim() ?? string.Empty);

    public bool Matches(RuleGroup group, Rule rule)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rule);
        var typeMatches = Type switch
        {
            RuleTypeChoice.Alerting => rule is AlertingRule,
            RuleTypeChoice.Recording => rule is RecordingRule,
            _ => true,
        };
        var healthMatches = Health switch
        {
            RuleHealthChoice.Ok => rule.Health == RuleHealth.Ok,
            RuleHealthChoice.Err => rule.Health == RuleHealth.Error,
            RuleHealthChoice.Unknown => rule.Health != RuleHealth.Ok && rule.Health != RuleHealth.Error,
            _ => true,
        };
        return typeMatches && healthMatches && (Text.Length == 0
            || Contains(rule.Name) || Contains(rule.Query) || Contains(rule.LastError) || Contains(group.Name) || Contains(group.File)
            || rule.Labels.Values.Any(l => Contains(l.Key) || Contains(l.Value)));
    }

    /// <summary>The list as shown: each group with at least one matching rule, its header first, then those rules.</summary>
    public IReadOnlyList<RuleListRow> Rows(IReadOnlyList<RuleGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var rows = new List<RuleListRow>();
        foreach (var group in groups)
        {
            var matching = group.Rules.Select((rule, index) => (rule, index)).Where(x => Matches(group, x.rule)).ToList();
            if (matching.Count == 0 && this != None)
            {
                continue;
            }

            rows.Add(new RuleGroupRow(group, matching.Count));
            rows.AddRange(matching.Select(x => new RuleRow(group, x.rule, x.index)));
        }

        return rows;
    }

    private bool Contains(string value) => value.Contains(Text, StringComparison.OrdinalIgnoreCase);
}

public enum RuleTypeChoice
{
    Any,
    Alerting,
    Recording,
}

public enum RuleHealthChoice
{
    Any,
    Ok,
    Err,
    Unknown,
}
