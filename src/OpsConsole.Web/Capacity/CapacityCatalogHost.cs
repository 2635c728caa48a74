using OpsConsole.Core.Capacity;

namespace OpsConsole.Web.Capacity;

/// <summary>Loads the capacity triggers before the app serves requests and watches their folder until it stops.</summary>
internal sealed class CapacityCatalogHost(CapacityCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

    // A singleton: the container disposes it (and its watcher) at shutdown.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
