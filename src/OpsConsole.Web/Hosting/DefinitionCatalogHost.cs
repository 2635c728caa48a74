using OpsConsole.Core.Files;

namespace OpsConsole.Web.Hosting;

/// <summary>Loads a definition catalog (playlists, SLOs, capacity) before the app serves requests and watches its folder until it stops.</summary>
internal sealed class DefinitionCatalogHost<TCatalog>(TCatalog catalog) : IHostedService
    where TCatalog : IDefinitionCatalog
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

    // The catalog is a singleton: the container disposes it (and its watcher) at shutdown.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
