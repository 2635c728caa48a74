using System.Text;
using System.Text.RegularExpressions;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Matching;

/// <summary>
/// One label matcher with Alertmanager's semantics: a missing label matches as the empty string, and a regular
/// expression must match the whole value (it is anchored as <c>^(?:re)$</c>).
/// </summary>
public sealed class Matcher : IEquatable<Matcher>
{
    // Go's RE2 has neither backtracking constructs nor catastrophic cases; the non-backtracking engine refuses
    // the same constructs (lookarounds, backreferences) and keeps matching linear on hostile input.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Regex? _regex;

    /// <exception cref="ArgumentException">The name is empty or the regular expression does not compile.</exception>
    public Matcher(string name, MatchOperator type, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown match type.");
        }
        Name = name;
        Operator = type;
        Value = value;
        if (type is MatchOperator.Regex or MatchOperator.NotRegex)
        {
            try
            {
                // \z, not $: .NET's $ also matches before a final newline, Go's does not.
                _regex = new Regex($"^(?:{value})\\z", Options, TimeSpan.FromSeconds(1));
            }
            catch (NotSupportedException ex)
            {
                throw new ArgumentException($"{ex.Message} (Alertmanager's regular expressions are RE2: no lookarounds or backreferences)", nameof(value), ex);
            }
        }
    }

    public string Name { get; }

    public MatchOperator Operator { get; }

    public string Value { get; }

    /// <summary>As in Alertmanager's API v2 JSON.</summary>
    public bool IsRegex => Operator is MatchOperator.Regex or MatchOperator.NotRegex;

    /// <summary>As in Alertmanager's API v2 JSON (false for != and !~).</summary>
    public bool IsEqual => Operator is MatchOperator.Equal or MatchOperator.Regex;

    public string Symbol => Operator switch
    {
        MatchOperator.Equal => "=",
        MatchOperator.NotEqual => "!=",
        MatchOperator.Regex => "=~",
        _ => "!~",
    };

    /// <summary>From Alertmanager's API v2 fields (<c>isEqual</c> is true when absent, as in Alertmanager).</summary>
    public static Matcher FromApi(string name, string value, bool isRegex, bool isEqual = true) =>
        new(name, (isRegex, isEqual) switch
        {
            (false, true) => MatchOperator.Equal,
            (false, false) => MatchOperator.NotEqual,
            (true, true) => MatchOperator.Regex,
            (true, false) => MatchOperator.NotRegex,
        }, value);

    /// <summary>Whether this matcher accepts a label value (null: the label is absent).</summary>
    public bool Matches(string? labelValue)
    {
        var value = labelValue ?? string.Empty;
        return Operator switch
        {
            MatchOperator.Equal => string.Equals(value, Value, StringComparison.Ordinal),
            MatchOperator.NotEqual => !string.Equals(value, Value, StringComparison.Ordinal),
            MatchOperator.Regex => _regex!.IsMatch(value),
            _ => !_regex!.IsMatch(value),
        };
    }

    public bool Matches(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Matches(labels[Name]);
    }

    /// <summary>All of <paramref name="matchers"/> accept <paramref name="labels"/> (an empty list accepts everything).</summary>
    public static bool MatchesAll(IEnumerable<Matcher> matchers, LabelSet labels) => matchers.All(m => m.Matches(labels));

    /// <summary>Alertmanager syntax, e.g. <c>severity=~"crit.*"</c>; the parser reads it back to an equal matcher.</summary>
    public override string ToString() => $"{Name}{Symbol}{Quote(Value)}";

    public bool Equals(Matcher? other) =>
        other is not null && Operator == other.Operator &&
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Matcher);

    public override int GetHashCode() => HashCode.Combine(Name, Operator, Value);

    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                _ => text.Append(c),
            };
        }
        return text.Append('"').ToString();
    }
}
