using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Components.Alerts.Shared;

namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>One group of the alert list: the alerts sharing a value of the grouping label, most urgent first.</summary>
public sealed record AlertGroup(string Key, IReadOnlyList<LiveAlert> Alerts)
{
    /// <summary>Shown when an alert lacks the grouping label.</summary>
    public const string NoValue = "—";

    public int FiringCount => Alerts.Count(a => a.Phase == AlertPhase.Firing);

    /// <summary>
    /// Filters <paramref name="alerts"/> by <paramref name="matchers"/> (all must match the labels) and groups them.
    /// Groups with a critical alert come first, then by name; inside a group firing before pending, most severe,
    /// then newest first.
    /// </summary>
    public static IReadOnlyList<AlertGroup> Build(IEnumerable<LiveAlert> alerts, IReadOnlyList<Matcher> matchers, AlertGroupBy groupBy)
    {
        var label = groupBy.LabelName();
        return [.. alerts
            .Where(a => Matcher.MatchesAll(matchers, a.Labels))
            .GroupBy(a => a.Labels[label] is { Length: > 0 } value ? value : NoValue, StringComparer.Ordinal)
            .Select(g => new AlertGroup(g.Key, [.. g
                .OrderBy(a => a.Phase == AlertPhase.Firing ? 0 : 1)
                .ThenBy(a => AlertSeverity.RankOf(AlertSeverity.Of(a.Labels)))
                .ThenByDescending(a => a.StartsAt)
                .ThenBy(a => a.Fingerprint, StringComparer.Ordinal)]))
            .OrderBy(g => g.Alerts.Min(a => AlertSeverity.RankOf(AlertSeverity.Of(a.Labels))))
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
    }
}
