using System.Text.RegularExpressions;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Boards;

/// <summary>Series names from a target's legend template: <c>{{pod}} {{uri}}</c> → <c>webhook-1 /webhook/telemetry</c>.</summary>
public static partial class LegendTemplate
{
    /// <summary>
    /// Fills each <c>{{label}}</c> with the series' value of that label (empty when the series lacks it).
    /// Without a template the series is named by its labels (<see cref="LabelSet.ToString"/>).
    /// </summary>
    public static string Render(string? template, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (string.IsNullOrEmpty(template))
        {
            return labels.ToString();
        }
        return Placeholder().Replace(template, match => labels[match.Groups["label"].Value] ?? string.Empty);
    }

    /// <summary>The label names <paramref name="template"/> uses.</summary>
    public static IReadOnlyList<string> Labels(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Matches(template).Select(m => m.Groups["label"].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{\{\s*(?<label>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
