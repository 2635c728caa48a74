using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace OpsConsole.Web.Localization;

/// <summary>
/// The browser's Accept-Language, best quality first, mapped onto the supported languages: unlike the stock
/// provider it reads "zh", "zh-TW" or "en-GB" as zh-CN or en rather than skipping them.
/// </summary>
internal sealed class BrowserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var culture = header
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => UiCultures.Match(value.Value.Value))
            .FirstOrDefault(match => match is not null);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
