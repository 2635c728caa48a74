using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Alerts.Reconcile;

internal static partial class AlertReconcileLog
{
    [LoggerMessage(EventId = 3511, Level = LogLevel.Information,
        Message = "Reconcile healed {EventCount} alert changes that notifications had not delivered")]
    public static partial void Healed(ILogger logger, int eventCount);

    [LoggerMessage(EventId = 3512, Level = LogLevel.Warning,
        Message = "Reconcile pass failed; the live alerts rely on notifications until the next pass")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3513, Level = LogLevel.Information,
        Message = "Reconcile recovered after failing since {FailingSince}")]
    public static partial void Recovered(ILogger logger, DateTimeOffset failingSince);
}
