using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Mobile;

/// <summary>The words of the phone layout, deep links and quick actions, from Resources/MobileText.resx (en) and MobileText.zh-CN.resx.</summary>
internal static class MobileText
{
    private static readonly TextResource Text = new(nameof(MobileText));

    public static string More => Text.Get();

    public static string Theme => Text.Get();

    public static string ThemeDark => Text.Get();

    public static string ThemeLight => Text.Get();

    public static string ThemeAuto => Text.Get();

    public static string BoardControls => Text.Get();

    /// <summary>The toggle of an alert card's folded part (labels, description, links).</summary>
    public static string Fold(int labels) => Text.Format([labels]);

    public static string AckNow => Text.Get();

    public static string AckWithNote => Text.Get();

    public static string Silence => Text.Get();

    public static string QuickSilenceTitle => Text.Get();

    public static string QuickSilenceHint => Text.Get();

    public static string QuickSilenceNote => Text.Get();

    public static string QuickSilenceDefaultComment => Text.Get();

    public static string QuickSilenceDone(string duration) => Text.Format([duration]);

    public static string MoreOptions => Text.Get();

    public static string DeepAckTitle => Text.Get();

    public static string DeepAckHint => Text.Get();

    public static string DeepAckConfirm => Text.Get();

    public static string DeepAckNeedsOperator => Text.Get();

    public static string DeepAckResolved => Text.Get();

    public static string FromHistory => Text.Get();

    public static string LastState(string state, string at) => Text.Format([state, at]);

    public static string UnknownAlert => Text.Get();
}
