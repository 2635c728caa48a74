using MudBlazor;
using OpsConsole.Core.Capacity;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Components.Capacity;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Capacity;

public static class CapacitySetup
{
    /// <summary>The folder used when <c>Capacity:Directory</c> is not set.</summary>
    public const string DefaultDirectory = "deploy/capacity";

    /// <summary>
    /// The capacity page: the trigger catalog (section <c>Capacity</c>: <c>Directory</c>, <c>Debounce</c>; hot reloaded) and
    /// its live source (<see cref="CapacityOptions"/>: refresh, lookbacks of the two fits).
    /// </summary>
    public static WebApplicationBuilder AddCapacity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(CapacityOptions.SectionName);
        var configured = section[nameof(CapacityCatalogOptions.Directory)];
        var catalogOptions = new CapacityCatalogOptions
        {
            Directory = BoardDirectory.Resolve(
                string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured,
                builder.Environment.ContentRootPath,
                AppContext.BaseDirectory),
        };
        if (section.GetValue<TimeSpan?>(nameof(CapacityCatalogOptions.Debounce)) is { } debounce)
        {
            catalogOptions.Debounce = debounce;
        }

        var services = builder.Services;
        services.AddSingleton(catalogOptions);
        services.AddSingleton<CapacityCatalog>();
        services.AddHostedService<DefinitionCatalogHost<CapacityCatalog>>();
        services.AddOptions<CapacityOptions>().Bind(section)
            .Validate(o => o.Refresh >= TimeSpan.FromSeconds(1), "Capacity:Refresh must be at least 1 s.")
            .Validate(o => o.FetchTimeout > TimeSpan.Zero, "Capacity:FetchTimeout must be positive.")
            .Validate(o => o.Linger >= TimeSpan.Zero, "Capacity:Linger must not be negative.")
            .Validate(o => Valid(o.Forecast), "Capacity:Forecast needs Resolution >= 1 s, ShortLookback >= 4 x Resolution, " +
                "LongLookback > ShortLookback, a positive Horizon and DisagreementFactor > 1.")
            .ValidateOnStart();
        services.AddSingleton<CapacitySource>();
        builder.Services.AddNavEntry(new NavEntry("capacity", Icons.Material.Filled.Storage, () => CapacityText.Title, Policies.View, 70, "nav-capacity"));
        return builder;
    }

    private static bool Valid(CapacityForecastOptions forecast)
    {
        try
        {
            forecast.Validate();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
