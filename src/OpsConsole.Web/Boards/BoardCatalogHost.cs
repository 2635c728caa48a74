using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Boards;

/// <summary>Loads the boards before the app serves requests and watches their folder until it stops.</summary>
internal sealed class BoardCatalogHost(BoardCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

    // The catalog is a singleton: the container disposes it (and its watcher) at shutdown.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
