namespace OpsConsole.Web.Components.Boards;

internal static partial class BoardsWebLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Board {BoardId}: the choices of variable {Variable} could not be loaded")]
    public static partial void VariableValuesFailed(ILogger logger, string boardId, string variable, Exception exception);
}
