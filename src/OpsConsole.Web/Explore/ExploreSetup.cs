using MudBlazor;
using OpsConsole.Web.Components.Explore;
using OpsConsole.Web.Explore.Completion;
using OpsConsole.Web.Explore.Queries;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Explore;

public static class ExploreSetup
{
    /// <summary>
    /// Explore (<c>/explore</c>): completion through the console ("Explore" section, <see cref="ExploreOptions"/>),
    /// queries through the one Prometheus client, the editor's JS module. Query history lives in the store.
    /// </summary>
    public static IServiceCollection AddExplore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExploreOptions>().Bind(configuration.GetSection(ExploreOptions.SectionName))
            .Validate(o => o.CompletionCacheLifetime >= TimeSpan.Zero, "Explore:CompletionCacheLifetime must not be negative.")
            .Validate(o => o.CompletionLookback > TimeSpan.Zero, "Explore:CompletionLookback must be positive (e.g. \"01:00:00\").")
            .Validate(o => o.MaxCompletions is >= 1 and <= 10_000, "Explore:MaxCompletions must be between 1 and 10000.")
            .Validate(o => o.MaxGraphSeries is >= 1 and <= 5_000, "Explore:MaxGraphSeries must be between 1 and 5000.")
            .Validate(o => o.MaxTableRows is >= 1 and <= 100_000, "Explore:MaxTableRows must be between 1 and 100000.")
            .ValidateOnStart();
        services.AddSingleton<CompletionService>();
        services.AddSingleton<ExploreQueryService>();
        services.AddScoped<EditorInterop>();
        services.AddNavEntry(new NavEntry("explore", Icons.Material.Filled.QueryStats, () => ExploreText.Title, Policies.View, 40, "nav-explore"));
        return services;
    }

    /// <summary>The completion endpoints under <c>/api/explore</c> (View).</summary>
    public static IEndpointRouteBuilder MapExplore(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCompletionApi();
        return endpoints;
    }
}
