using Microsoft.AspNetCore.Localization;
using OpsConsole.Core.Wall;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Wall;

/// <summary>A kiosk shows its screen's language (from the playlist file), whatever the TV's browser asks for.</summary>
internal sealed class WallLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var user = httpContext.User;
        if (!user.IsInRole(Roles.Kiosk) || user.Identity?.Name is not { } name ||
            httpContext.RequestServices.GetService<PlaylistCatalog>() is not { } catalog)
        {
            return NullProviderCultureResult;
        }
        var screen = catalog.Current.ScreenOfKiosk(KioskNames.TokenName(name));
        return Task.FromResult(screen is null ? null : new ProviderCultureResult(screen.Language));
    }
}
