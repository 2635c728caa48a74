using OpsConsole.Web.Wall;

namespace OpsConsole.Web.Components.Wall;

internal static partial class WallPageLog
{
    [LoggerMessage(EventId = 3821, Level = LogLevel.Information, Message = "Wall screen {Screen} received {Command}")]
    public static partial void CommandReceived(ILogger logger, string screen, WallCommand command);

    [LoggerMessage(EventId = 3822, Level = LogLevel.Warning, Message = "Wall screen {Screen} skips a playlist entry: {Problem}")]
    public static partial void SlideSkipped(ILogger logger, string screen, string problem);
}
