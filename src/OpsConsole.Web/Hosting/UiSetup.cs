using MudBlazor.Services;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Layout;

namespace OpsConsole.Web.Hosting;

internal static class UiSetup
{
    /// <summary>Blazor Server components, MudBlazor and our own JS interop wrappers.</summary>
    public static WebApplicationBuilder AddConsoleUi(this WebApplicationBuilder builder)
    {
        // Serve wwwroot, the bundle and MudBlazor's files from the build output in every environment
        // (Development does this by itself): tests and scripts run the built app as Production.
        // A published app has no static web assets manifest, so this changes nothing there.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // Scoped = one per circuit: each browser tab imports the JS modules once.
        services.AddScoped<ChartsInterop>();
        services.AddScoped<PreferencesInterop>();
        return builder;
    }
}
