using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Web.Components.Alerts.Silences;

/// <summary>One editable row of the matcher editor; <see cref="Build"/> turns it into a matcher or says what is wrong.</summary>
public sealed class MatcherDraft
{
    public string Name { get; set; } = string.Empty;

    public MatchOperator Operator { get; set; } = MatchOperator.Equal;

    public string Value { get; set; } = string.Empty;

    public static MatcherDraft From(Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return new MatcherDraft { Name = matcher.Name, Operator = matcher.Operator, Value = matcher.Value };
    }

    /// <summary>The matcher, or null with <paramref name="error"/> set (an empty name, a bad label name, a bad regex).</summary>
    public Matcher? Build(out string? error)
    {
        var name = Name.Trim();
        if (name.Length == 0)
        {
            error = AlertsText.LabelNameEmpty;
            return null;
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            error = AlertsText.LabelNameInvalid;
            return null;
        }
        try
        {
            error = null;
            return new Matcher(name, Operator, Value);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    public static string SymbolOf(MatchOperator op) => op switch
    {
        MatchOperator.Equal => "=",
        MatchOperator.NotEqual => "!=",
        MatchOperator.Regex => "=~",
        _ => "!~",
    };
}
