using System.Text;
using System.Text.RegularExpressions;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Boards;

/// <summary>
/// Puts the selected variable values into a panel's PromQL. A variable always expands to a
/// regular expression written for a double-quoted PromQL string, so boards use it in a regex
/// matcher: <c>{region=~"$region"}</c>. Several values become an alternation <c>a|b</c>, "All"
/// becomes <c>.*</c>; regex metacharacters in values are escaped, and so are <c>\</c>, <c>"</c> and
/// newlines for the string literal, so a value can never end the string or the selector.
/// </summary>
public static partial class BoardQuery
{
    /// <summary>The selection value that means "every value" (what the "All" choice stores, also in URLs).</summary>
    public const string AllValue = "$__all";

    private const string AnyValue = ".*";

    /// <summary>
    /// Replaces <c>$name</c> and <c>${name}</c> in <paramref name="expression"/> by the selection of
    /// that variable. A variable with no selection, or whose selection contains <see cref="AllValue"/>,
    /// matches everything. References to names not in <paramref name="selected"/> stay as written
    /// (the loader rejects boards that use undefined variables); <c>$1</c> in <c>label_replace</c> is not a reference.
    /// </summary>
    public static string Substitute(string expression, IReadOnlyDictionary<string, IReadOnlyList<string>> selected)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(selected);
        return VariableReference().Replace(expression, match =>
        {
            var name = VariableName(match);
            return selected.TryGetValue(name, out var values) ? Expand(values) : match.Value;
        });
    }

    /// <summary>The variable names <paramref name="expression"/> refers to, in order of first use.</summary>
    public static IReadOnlyList<string> ReferencedVariables(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return VariableReference().Matches(expression).Select(VariableName).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Escapes a value for a double-quoted PromQL string (see <see cref="PromQlString.Escape"/>).</summary>
    public static string EscapeStringLiteral(string value) => PromQlString.Escape(value);

    /// <summary>Escapes RE2 metacharacters so <paramref name="value"/> matches only itself.</summary>
    public static string EscapeRegex(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Expand(IReadOnlyList<string> values)
    {
        if (values.Count == 0 || values.Contains(AllValue, StringComparer.Ordinal))
        {
            return AnyValue;
        }
        var alternation = string.Join('|', values.Distinct(StringComparer.Ordinal).Select(EscapeRegex));
        return EscapeStringLiteral(alternation);
    }

    private static string VariableName(Match match) =>
        match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;

    [GeneratedRegex(@"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();
}
