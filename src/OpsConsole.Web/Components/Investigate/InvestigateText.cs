using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Investigate;

/// <summary>The words of the targets and rules pages, from Resources/InvestigateText.resx (en) and InvestigateText.zh-CN.resx.</summary>
internal static class InvestigateText
{
    private static readonly TextResource Text = new(nameof(InvestigateText));

    public static string TargetsTitle => Text.Get();

    public static string RulesTitle => Text.Get();

    public static string TargetFilterLabel => Text.Get();

    public static string HealthLabel => Text.Get();

    public static string HealthAny => Text.Get();

    public static string HealthUp => Text.Get();

    public static string HealthDown => Text.Get();

    public static string HealthUnknown => Text.Get();

    public static string PoolUp(string up, string total) => Text.Format([up, total]);

    public static string Endpoint => Text.Get();

    public static string State => Text.Get();

    public static string Labels => Text.Get();

    public static string LastScrape => Text.Get();

    public static string ScrapeDuration => Text.Get();

    public static string UpHistory => Text.Get();

    public static string DurationOfTimeout(string duration, string timeout) => Text.Format([duration, timeout]);

    public static string Every(string interval) => Text.Format([interval]);

    public static string NotYetScraped => Text.Get();

    public static string DiscoveredLabels => Text.Get();

    public static string Dropped(string count) => Text.Format([count]);

    public static string DroppedHint => Text.Get();

    public static string RecentChanges(string window) => Text.Format([window]);

    public static string ChangeAppeared => Text.Get();

    public static string ChangeVanished => Text.Get();

    public static string AppearedAt(string time) => Text.Format([time]);

    public static string NoTargetMatches => Text.Get();

    public static string PoolEmpty => Text.Get();

    public static string NoTargets => Text.Get();

    public static string HistoryMissing => Text.Get();

    public static string Loading => Text.Get();

    public static string Updated(string ago) => Text.Format([ago]);

    public static string StaleSince(string time, string reason) => Text.Format([time, reason]);

    public static string NeverAnswered(string reason) => Text.Format([reason]);

    public static string ReasonUnreachable => Text.Get();

    public static string ReasonTimeout => Text.Get();

    public static string ReasonOther(string message) => Text.Format([message]);

    public static string Collapse => Text.Get();

    public static string Expand => Text.Get();

    public static string RuleFilterLabel => Text.Get();

    public static string TypeLabel => Text.Get();

    public static string TypeAny => Text.Get();

    public static string TypeAlerting => Text.Get();

    public static string TypeRecording => Text.Get();

    public static string HealthOk => Text.Get();

    public static string HealthErr => Text.Get();

    public static string GroupEvaluated(string ago, string duration) => Text.Format([ago, duration]);

    public static string NotYetEvaluated => Text.Get();

    public static string GroupSlow => Text.Get();

    public static string RuleAlerts(string pending, string firing) => Text.Format([pending, firing]);

    public static string OpenInExplore => Text.Get();

    public static string ShowAlerts => Text.Get();

    public static string NoRuleMatches => Text.Get();

    public static string NoRules => Text.Get();

    public static string RuleSummary(string groups, string rules) => Text.Format([groups, rules]);

    public static string RuleError => Text.Get();

    public static string For(string duration) => Text.Format([duration]);
}
