using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Audit;

/// <summary>The words of the audit page, from Resources/AuditText.resx (en) and AuditText.zh-CN.resx.</summary>
internal static class AuditText
{
    private static readonly TextResource Text = new(nameof(AuditText));

    public static string Title => Text.Get();

    public static string At => Text.Get();

    public static string Actor => Text.Get();

    public static string Action => Text.Get();

    public static string Target => Text.Get();

    public static string Detail => Text.Get();

    public static string Address => Text.Get();

    public static string From => Text.Get();

    public static string To => Text.Get();

    public static string ActionHint => Text.Get();

    public static string Apply => Text.Get();

    public static string Empty => Text.Get();

    public static string LoadFailed => Text.Get();
}
