using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>The common deployment: one backend, answering under <see cref="PanelRequest.DefaultBackend"/>.</summary>
public sealed class SingleMetricsSourceResolver(IMetricsSource source) : IMetricsSourceResolver
{
    public IMetricsSource Resolve(string backendId) =>
        backendId == PanelRequest.DefaultBackend
            ? source
            : throw new ArgumentException(
                $"Unknown metrics backend '{backendId}': only '{PanelRequest.DefaultBackend}' is configured.", nameof(backendId));
}
