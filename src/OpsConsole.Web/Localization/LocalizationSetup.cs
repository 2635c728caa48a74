using System.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor;

[assembly: NeutralResourcesLanguage("en")]

namespace OpsConsole.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>
    /// zh-CN and en from .NET resource files (Resources/*.resx), chosen per request by a wall screen's language, the signed-in user's stored
    /// language, else the culture cookie, else Accept-Language, else zh-CN; times shown in OpsConsole:TimeZone.
    /// </summary>
    public static WebApplicationBuilder AddConsoleLocalization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<UserLanguages>();
        services.AddTransient<MudLocalizer, ConsoleMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCultures.Default);
            options.AddSupportedCultures([.. UiCultures.Supported]);
            options.AddSupportedUICultures([.. UiCultures.Supported]);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new Wall.WallLanguageProvider(),
                new PreferredLanguageProvider(),
                new CookieRequestCultureProvider(),
                new BrowserLanguageProvider(),
            ];
        });

        services.AddOptions<DisplayOptions>().Bind(builder.Configuration.GetSection(DisplayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DisplayOptions>, DisplayOptionsValidator>();
        UseDisplayZone(services);
        return builder;
    }

    /// <summary>Sets each request's culture (and so each circuit's, which starts from a request); call after authentication.</summary>
    public static IApplicationBuilder UseConsoleLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    // The system clock becomes the display-zone clock; a clock a test registered stays as it is.
    private static void UseDisplayZone(IServiceCollection services)
    {
        var system = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider));
        if (system is not null && !ReferenceEquals(system.ImplementationInstance, TimeProvider.System))
        {
            return;
        }
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(provider =>
            new DisplayTimeProvider(provider.GetRequiredService<IOptions<DisplayOptions>>().Value.ResolveTimeZone())));
    }
}
