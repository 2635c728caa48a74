using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Alerts;

/// <summary>Matchers for silencing exactly one alert: one equality matcher per label, in name order.</summary>
public static class SilenceMatchers
{
    public static IReadOnlyList<Matcher> ForLabels(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return [.. labels.Values
            .Where(p => p.Key.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new Matcher(p.Key, MatchOperator.Equal, p.Value))];
    }
}
