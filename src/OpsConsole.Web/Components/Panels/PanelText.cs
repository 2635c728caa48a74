namespace OpsConsole.Web.Components.Panels;

/// <summary>The words of the panel frame, in one place until localization arrives.</summary>
internal static class PanelText
{
    public const string Stale = "过期 · stale";
    public const string Error = "错误 · error";
    public const string LastGood = "last good value from";
}
