namespace OpsConsole.Web.Components.Boards;

/// <summary>The words of board pages, in one place until localization arrives.</summary>
internal static class BoardText
{
    public const string All = "全部 · All";
    public const string BrokenFile = "看板文件有错误 · This board file has errors";
    public const string BrokenHint = "修正文件后看板会自动重新加载 · Fix the file; the board reloads by itself.";
    public const string NotFound = "没有这个看板 · No such board";
    public const string NoBoards = "没有可用的看板 · No boards are loaded";
    public const string VariablesFailed = "变量取值失败 · Could not load the choices of";
}
