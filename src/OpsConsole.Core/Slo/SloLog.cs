using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Slo;

internal static partial class SloLog
{
    [LoggerMessage(EventId = 4302, Level = LogLevel.Information,
        Message = "SLOs loaded from {Directory}: {SloCount} SLOs, {BrokenFileCount} broken files (version {Version})")]
    public static partial void Loaded(ILogger logger, string directory, int sloCount, int brokenFileCount, long version);
}
