using OpsConsole.Core.Feeds;

namespace OpsConsole.Web.Feeds;

/// <summary>
/// Creates the feed when the app starts rather than when the first board opens: a bad "PanelFeed"
/// setting fails the start, and the feed's meter is on /metrics before anyone watches.
/// </summary>
internal sealed class PanelFeedStartup(PanelFeed feed) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(feed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
