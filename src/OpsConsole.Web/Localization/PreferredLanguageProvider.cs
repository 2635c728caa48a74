using Microsoft.AspNetCore.Localization;

namespace OpsConsole.Web.Localization;

/// <summary>The signed-in user's stored language; first, so it follows them to any browser.</summary>
internal sealed class PreferredLanguageProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.User.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }
        var languages = httpContext.RequestServices.GetRequiredService<UserLanguages>();
        var stored = await languages.GetAsync(name, httpContext.RequestAborted).ConfigureAwait(false);
        return UiCultures.Match(stored) is { } culture ? new ProviderCultureResult(culture) : null;
    }
}
