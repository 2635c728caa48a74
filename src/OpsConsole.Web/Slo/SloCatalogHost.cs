using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Slo;

/// <summary>Loads the SLOs before the app serves requests and watches their folder until it stops.</summary>
internal sealed class SloCatalogHost(SloCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

    // A singleton: the container disposes it (and its watcher) at shutdown.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
