using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.TimeNavigation;

namespace OpsConsole.Web.Feeds;

/// <summary>Registers the one <see cref="PanelFeed"/> every circuit of this server shares.</summary>
public static class PanelFeedSetup
{
    public const string SectionName = "PanelFeed";

    /// <summary>
    /// The shared feed over the configured metrics backend, its options from the "PanelFeed" section and
    /// its meter "OpsConsole.PanelFeed" (exported on /metrics by prometheus-net's meter adapter).
    /// Needs an <see cref="IMetricsSource"/> (AddPrometheusClient) and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddPanelFeed(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PanelFeedOptions>().Bind(configuration.GetSection(SectionName));
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PanelFeedMetrics>();
        services.TryAddSingleton<IMetricsSourceResolver>(provider =>
            new SingleMetricsSourceResolver(provider.GetRequiredService<IMetricsSource>()));
        services.TryAddSingleton(provider => new PanelFeed(
            provider.GetRequiredService<IMetricsSourceResolver>(),
            provider.GetRequiredService<IOptions<PanelFeedOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<PanelFeedMetrics>(),
            provider.GetRequiredService<ILogger<PanelFeed>>()));
        services.TryAddSingleton<IPanelFeed>(provider => provider.GetRequiredService<PanelFeed>());
        services.AddHostedService<PanelFeedStartup>();

        // The browser side of live boards, one per circuit: panel widths, page visibility, Esc.
        services.TryAddScoped<PanelWidthInterop>();
        services.TryAddScoped<BoardInterop>();
        return services;
    }
}
