using MudBlazor.Services;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Layout;

namespace OpsConsole.Web.Hosting;

internal static class UiSetup
{
    /// <summary>Blazor Server components, MudBlazor and our own JS interop wrappers.</summary>
    public static IServiceCollection AddConsoleUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // Scoped = one per circuit: each browser tab imports the JS modules once.
        services.AddScoped<ChartsInterop>();
        services.AddScoped<PreferencesInterop>();
        return services;
    }
}
