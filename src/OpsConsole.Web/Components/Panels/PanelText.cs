namespace OpsConsole.Web.Components.Panels;

/// <summary>The words of the panel frame, in one place until localization arrives.</summary>
internal static class PanelText
{
    public const string Stale = "过期 · stale";
    public const string Error = "错误 · error";
    public const string LastGood = "last good value from";
    public const string NoData = "无数据 · No data";
    public const string Value = "值 · Value";
    public const string Series = "序列 · Series";
}
