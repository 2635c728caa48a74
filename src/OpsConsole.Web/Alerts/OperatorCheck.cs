using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts;

/// <summary>The services check <see cref="Policies.Operate"/> themselves: a component or endpoint that forgot its policy still cannot act.</summary>
internal sealed class OperatorCheck(IAuthorizationService authorization)
{
    /// <summary>The audit name of the user when they may operate, else null.</summary>
    public async Task<string?> ActorIfAllowedAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await authorization.AuthorizeAsync(user, Policies.Operate).ConfigureAwait(false);
        return result.Succeeded ? ConsoleClaims.ActorOf(user) : null;
    }
}
