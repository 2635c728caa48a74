using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Boards;

/// <summary>The words of board pages, from Resources/BoardText.resx (en) and BoardText.zh-CN.resx.</summary>
internal static class BoardText
{
    private static readonly TextResource Text = new(nameof(BoardText));

    public static string All => Text.Get();

    public static string BrokenFile => Text.Get();

    public static string BrokenHint => Text.Get();

    public static string NotFound => Text.Get();

    public static string NoBoards => Text.Get();

    /// <summary>A prefix before "$variable: error"; prefer <see cref="VariableFailed"/>.</summary>
    public static string VariablesFailed => Text.Get();

    public static string VariableFailed(string variable, string error) => Text.Format([variable, error]);
}
