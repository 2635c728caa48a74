using MudBlazor;
using OpsConsole.Core.Wall;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Components.Wall;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Wall;

public static class WallSetup
{
    /// <summary>The folder used when <c>Playlists:Directory</c> is not set.</summary>
    public const string DefaultDirectory = "deploy/playlists";

    /// <summary>
    /// Wall screens: the playlist catalog (section <c>Playlists</c>: <c>Directory</c>, <c>Debounce</c>; hot reloaded),
    /// the registry of open wall pages and the <c>Wall</c> options.
    /// </summary>
    public static WebApplicationBuilder AddWall(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PlaylistCatalogOptions.SectionName);
        var configured = section[nameof(PlaylistCatalogOptions.Directory)];
        var options = new PlaylistCatalogOptions
        {
            Directory = BoardDirectory.Resolve(
                string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured,
                builder.Environment.ContentRootPath,
                AppContext.BaseDirectory),
        };
        if (section.GetValue<TimeSpan?>(nameof(PlaylistCatalogOptions.Debounce)) is { } debounce)
        {
            options.Debounce = debounce;
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<PlaylistCatalog>();
        services.AddHostedService<DefinitionCatalogHost<PlaylistCatalog>>();
        services.AddSingleton<WallScreens>();
        services.AddOptions<WallOptions>().Bind(builder.Configuration.GetSection(WallOptions.SectionName))
            .Validate(o => o.HeartbeatInterval >= TimeSpan.FromSeconds(1), "Wall:HeartbeatInterval must be at least 1 s.")
            .Validate(o => o.Prewarm >= TimeSpan.Zero, "Wall:Prewarm must not be negative.")
            .ValidateOnStart();
        services.AddNavEntry(new NavEntry("admin/screens", Icons.Material.Filled.Tv, () => WallText.ScreensTitle, Policies.Administer, 110, "nav-screens"));
        return builder;
    }

    public static IEndpointRouteBuilder MapWall(this IEndpointRouteBuilder endpoints) => endpoints.MapWallHeartbeat();
}
