using System.Text;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;

namespace OpsConsole.Web.Explore.Completion;

/// <summary>One label matcher of the selector being typed, as the editor sends it (<c>{"name","op","value"}</c>).</summary>
public sealed record CompletionMatcher(string Name, string Op, string Value)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "=", "!=", "=~", "!~" };

    public bool IsValid => PromQl.IsValidLabelName(Name) && Operators.Contains(Op);

    /// <summary>
    /// The <c>match[]</c> selector for a metric and matchers (values escaped), or null when neither narrows anything.
    /// Invalid names and operators are dropped: completion narrows, it does not judge the query.
    /// </summary>
    public static string? Selector(string? metric, IEnumerable<CompletionMatcher> matchers)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(metric) && IsMetricName(metric))
        {
            parts.Add($"__name__=\"{PromQlString.Escape(metric)}\"");
        }
        parts.AddRange(matchers.Where(m => m.IsValid && m.Name != "__name__")
            .Select(m => $"{m.Name}{m.Op}\"{PromQlString.Escape(m.Value)}\""));
        return parts.Count == 0 ? null : new StringBuilder("{").AppendJoin(',', parts).Append('}').ToString();
    }

    private static bool IsMetricName(string name) =>
        !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':');
}
