using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Capacity;

internal static partial class CapacityLog
{
    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Capacity triggers loaded from {Directory}: {TriggerCount} triggers, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int triggerCount, int brokenFileCount, long version);
}
