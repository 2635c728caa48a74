using OpsConsole.Core.Wall;

namespace OpsConsole.Web.Wall;

/// <summary>Loads the playlists before the app serves requests and watches their folder until it stops.</summary>
internal sealed class PlaylistCatalogHost(PlaylistCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.StartAsync(cancellationToken);

    // A singleton: the container disposes it (and its watcher) at shutdown.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
