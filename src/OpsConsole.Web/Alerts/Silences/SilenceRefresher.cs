using OpsConsole.Core.Alerts.Live;
using OpsConsole.Prometheus.Alertmanager;

namespace OpsConsole.Web.Alerts.Silences;

/// <summary>
/// After a silence write, reads the silences back and hands them to the stream, so "silenced" shows at once rather
/// than at the next reconcile pass. Best effort: the next pass does the same anyway.
/// </summary>
internal sealed partial class SilenceRefresher(IAlertmanagerClient alertmanager, AlertStream stream, ILogger<SilenceRefresher> logger)
{
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            stream.ApplySilences(await alertmanager.GetSilencesAsync(null, cancellationToken).ConfigureAwait(false));
        }
        catch (AlertmanagerApiException ex)
        {
            LogNotRefreshed(logger, ex.ErrorType, ex.Message);
        }
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning,
        Message = "Could not read silences back after a change ({ErrorType}: {Reason}); the next reconcile pass shows them")]
    private static partial void LogNotRefreshed(ILogger logger, string errorType, string reason);
}
