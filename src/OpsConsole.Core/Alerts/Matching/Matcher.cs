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
    public Matcher(string name, MatchType type, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown match type.");
        }
        Name = name;
        Type = type;
        Value = value;
        if (type is MatchType.Regex or MatchType.NotRegex)
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

    public MatchType Type { get; }

    public string Value { get; }

    /// <summary>As in Alertmanager's API v2 JSON.</summary>
    public bool IsRegex => Type is MatchType.Regex or MatchType.NotRegex;

    /// <summary>As in Alertmanager's API v2 JSON (false for != and !~).</summary>
    public bool IsEqual => Type is MatchType.Equal or MatchType.Regex;

    public string Operator => Type switch
    {
        MatchType.Equal => "=",
        MatchType.NotEqual => "!=",
        MatchType.Regex => "=~",
        _ => "!~",
    };

    /// <summary>From Alertmanager's API v2 fields (<c>isEqual</c> is true when absent, as in Alertmanager).</summary>
    public static Matcher FromApi(string name, string value, bool isRegex, bool isEqual = true) =>
        new(name, (isRegex, isEqual) switch
        {
            (false, true) => MatchType.Equal,
            (false, false) => MatchType.NotEqual,
            (true, true) => MatchType.Regex,
            (true, false) => MatchType.NotRegex,
        }, value);

    /// <summary>Whether this matcher accepts a label value (null: the label is absent).</summary>
    public bool Matches(string? labelValue)
    {
        var value = labelValue ?? string.Empty;
        return Type switch
        {
            MatchType.Equal => string.Equals(value, Value, StringComparison.Ordinal),
            MatchType.NotEqual => !string.Equals(value, Value, StringComparison.Ordinal),
            MatchType.Regex => _regex!.IsMatch(value),
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
    public override string ToString() => $"{Name}{Operator}{Quote(Value)}";

    public bool Equals(Matcher? other) =>
        other is not null && Type == other.Type &&
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Matcher);

    public override int GetHashCode() => HashCode.Combine(Name, Type, Value);

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
