using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Checks the variable references of one PromQL expression in a board file.</summary>
internal static partial class ExpressionChecks
{
    /// <summary>
    /// Reports references to variables the board does not define, and variables used with <c>=</c> or
    /// <c>!=</c>: a variable expands to a regular expression (see <see cref="BoardQuery.Substitute"/>),
    /// which only <c>=~</c> and <c>!~</c> read as one.
    /// </summary>
    public static void Check(YamlNode node, string expression, string path, IReadOnlyCollection<string> variables, BoardErrorSink errors)
    {
        foreach (var name in BoardQuery.ReferencedVariables(expression))
        {
            if (!variables.Contains(name))
            {
                var hint = variables.Count == 0
                    ? "this board defines no variables; add it under \"variables\" or remove the reference"
                    : Suggestions.Closest(name, variables) is { } closest
                        ? $"did you mean \"${closest}\"?"
                        : "defined variables: " + string.Join(", ", variables.Select(v => "$" + v));
                errors.Add(node, path, $"uses the undefined variable ${name}", hint);
            }
        }
        foreach (Match matcher in EqualityMatcher().Matches(expression))
        {
            var value = matcher.Groups["value"].Value;
            foreach (var name in BoardQuery.ReferencedVariables(value).Where(variables.Contains))
            {
                var label = matcher.Groups["label"].Value;
                var regexOp = matcher.Groups["op"].Value == "=" ? "=~" : "!~";
                errors.Add(node, path,
                    $"uses ${name} with \"{matcher.Groups["op"].Value}\", but a variable expands to a regular expression",
                    $"write {label}{regexOp}\"{value}\"");
            }
        }
    }

    // label="value" or label!="value"; the lookahead keeps "=~" (and "==") out.
    [GeneratedRegex(@"(?<label>[A-Za-z_][A-Za-z0-9_]*)\s*(?<op>!=|=(?![=~]))\s*""(?<value>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex EqualityMatcher();
}
