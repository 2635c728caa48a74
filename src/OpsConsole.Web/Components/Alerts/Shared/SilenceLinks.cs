using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>Links into the silence editor; matchers travel in the query in Alertmanager syntax.</summary>
public static class SilenceLinks
{
    public const string NewPath = "silences/new";

    /// <summary>A new silence with one <c>=</c> matcher per label of the alert.</summary>
    public static string FromLabels(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var matchers = labels.Values.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new Matcher(p.Key, MatchOperator.Equal, p.Value));
        return $"{NewPath}?matchers={Uri.EscapeDataString(MatcherParser.Format(matchers))}";
    }
}
