using MudBlazor;
using OpsConsole.Core.Slo;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Components.Slo;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Slo;

public static class SloSetup
{
    /// <summary>The folder used when <c>Slo:Directory</c> is not set.</summary>
    public const string DefaultDirectory = "deploy/slo";

    /// <summary>
    /// The SLO page: the SLO catalog (section <c>Slo</c>: <c>Directory</c>, <c>Debounce</c>; hot reloaded) and the live
    /// source of their numbers (<c>Refresh</c>, <c>FetchTimeout</c>, <c>Linger</c>).
    /// </summary>
    public static WebApplicationBuilder AddSlo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SloCatalogOptions.SectionName);
        var configured = section[nameof(SloCatalogOptions.Directory)];
        var catalog = new SloCatalogOptions
        {
            Directory = BoardDirectory.Resolve(
                string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured,
                builder.Environment.ContentRootPath,
                AppContext.BaseDirectory),
        };
        if (section.GetValue<TimeSpan?>(nameof(SloCatalogOptions.Debounce)) is { } debounce)
        {
            catalog.Debounce = debounce;
        }

        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton<SloCatalog>();
        services.AddHostedService<DefinitionCatalogHost<SloCatalog>>();
        services.AddOptions<SloOptions>().Bind(section)
            .Validate(o => o.Refresh >= TimeSpan.FromSeconds(1), "Slo:Refresh must be at least 1 s.")
            .Validate(o => o.FetchTimeout > TimeSpan.Zero, "Slo:FetchTimeout must be positive.")
            .Validate(o => o.Linger >= TimeSpan.Zero, "Slo:Linger must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<SloStatusSource>();
        services.AddNavEntry(new NavEntry("slo", Icons.Material.Filled.Speed, () => SloText.Title, Policies.View, 80, "nav-slo"));
        return builder;
    }
}
