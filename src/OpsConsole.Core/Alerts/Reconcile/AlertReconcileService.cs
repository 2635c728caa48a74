using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Alerts.Reconcile;

/// <summary>Runs a reconcile pass at start and then every <see cref="AlertReconcileOptions.ReconcileInterval"/>.</summary>
public sealed class AlertReconcileService(
    AlertReconciler reconciler, AlertReconcileOptions options, TimeProvider timeProvider, ILogger<AlertReconcileService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        options.Validate();
        using var timer = new PeriodicTimer(options.ReconcileInterval, timeProvider);
        DateTimeOffset? failingSince = null;
        do
        {
            try
            {
                await reconciler.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (failingSince is { } since)
                {
                    AlertReconcileLog.Recovered(logger, since);
                    failingSince = null;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Logged once per outage, not every 10 s; the loop keeps going so it heals when the source is back.
                if (failingSince is null)
                {
                    AlertReconcileLog.Failed(logger, exception);
                    failingSince = timeProvider.GetUtcNow();
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
