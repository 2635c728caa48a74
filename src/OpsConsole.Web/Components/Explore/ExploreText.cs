using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Explore;

/// <summary>The words of Explore, from Resources/ExploreText.resx (en) and ExploreText.zh-CN.resx.</summary>
internal static class ExploreText
{
    private static readonly TextResource Text = new(nameof(ExploreText));

    public static string Title => Text.Get();

    public static string Presets => Text.Get();

    public static string PresetWebhookHotInstancesTitle => Text.Get();

    public static string PresetWebhookHotInstancesWhy => Text.Get();

    public static string PresetKafkaLagByTopicTitle => Text.Get();

    public static string PresetKafkaLagByTopicWhy => Text.Get();

    public static string PresetRedisFragmentationTitle => Text.Get();

    public static string PresetRedisFragmentationWhy => Text.Get();

    public static string EditorPlaceholder => Text.Get();

    public static string EditorLabel(string letter) => Text.Format([letter]);

    public static string PrometheusSaid(string message) => Text.Format([message]);

    public static string PrometheusUnreachable => Text.Get();

    public static string PrometheusTimeout => Text.Get();

    public static string RemoveQuery => Text.Get();

    public static string Cancel => Text.Get();

    public static string Run => Text.Get();

    public static string AddQuery => Text.Get();

    public static string Range => Text.Get();

    public static string Step => Text.Get();

    public static string StepAuto => Text.Get();

    public static string StepInvalid => Text.Get();

    public static string CopyLink => Text.Get();

    public static string CopyAsPanel => Text.Get();

    public static string PanelYamlHint => Text.Get();

    public static string Copy => Text.Get();

    public static string Close => Text.Get();

    public static string GraphTab => Text.Get();

    public static string TableTab => Text.Get();

    public static string TreeTab => Text.Get();

    public static string GraphingNode => Text.Get();

    public static string NoData => Text.Get();

    public static string GraphStatus(int shown, int total, string step, double milliseconds) => Text.Format([shown, total, step, milliseconds]);

    public static string Cancelled => Text.Get();

    public static string Copied => Text.Get();

    public static string CopyFailed => Text.Get();

    public static string HistoryFailed => Text.Get();

    public static string NothingRunYet => Text.Get();

    public static string TableStatus(int shown, int total, double milliseconds) => Text.Format([shown, total, milliseconds]);

    public static string MetricColumn => Text.Get();

    public static string ValueColumn => Text.Get();

    public static string TreeEmpty => Text.Get();

    public static string NodeAggregation => Text.Get();

    public static string NodeBinary => Text.Get();

    public static string NodeFunction => Text.Get();

    public static string NodeRangeSelector => Text.Get();

    public static string NodeSelector => Text.Get();

    public static string NodeSubquery => Text.Get();

    public static string NodeOffset => Text.Get();

    public static string NodeParentheses => Text.Get();

    public static string NodeUnary => Text.Get();

    public static string NodeNumber => Text.Get();

    public static string NodeString => Text.Get();

    public static string NodeAt => Text.Get();

    public static string NodeOther => Text.Get();

    public static string NodeSummary(int series, double milliseconds) => Text.Format([series, milliseconds]);

    public static string Evaluate => Text.Get();

    public static string History => Text.Get();

    public static string HistoryEmpty => Text.Get();

    public static string Star => Text.Get();

    public static string Unstar => Text.Get();

    public static string NamePlaceholder => Text.Get();

    public static string SaveName => Text.Get();

    public static string HistoryRuns(int count, string at) => Text.Format([count, at]);

    public static string Rename => Text.Get();

    public static string Forget => Text.Get();
}
