using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Identity;

/// <summary>
/// The signed-in user of this circuit, for components: their name for the audit log and their preferences
/// (changes are stored per user and audited; nothing is stored for anonymous visitors).
/// </summary>
public sealed partial class CurrentUser(
    AuthenticationStateProvider authentication, PreferenceService preferences, ILogger<CurrentUser> logger)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync().ConfigureAwait(false)).User;

    /// <summary>The audit actor name ("anonymous" when not signed in).</summary>
    public async Task<string> ActorAsync() => ConsoleClaims.ActorOf(await PrincipalAsync().ConfigureAwait(false));

    /// <summary>Stores the theme ("dark"/"light") for the signed-in user.</summary>
    public Task RememberThemeAsync(string theme, CancellationToken cancellationToken) =>
        ForSignedInAsync((user, ct) => preferences.SetThemeAsync(user, theme, ct), cancellationToken);

    /// <summary>Stores the UI language (a culture name such as "zh-CN") for the signed-in user.</summary>
    public Task RememberLanguageAsync(string language, CancellationToken cancellationToken) =>
        ForSignedInAsync((user, ct) => preferences.SetLanguageAsync(user, language, ct), cancellationToken);

    /// <summary>Stores the board (a local path) the user opens first.</summary>
    public Task RememberDefaultBoardAsync(string boardPath, CancellationToken cancellationToken) =>
        ForSignedInAsync((user, ct) => preferences.SetDefaultBoardAsync(user, boardPath, ct), cancellationToken);

    private async Task ForSignedInAsync(Func<string, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var principal = await PrincipalAsync().ConfigureAwait(false);
        if (principal.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return;
        }
        try
        {
            await change(name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A preference is not worth breaking the screen for: the cookie still remembers the theme.
            LogNotSaved(logger, ex, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save a preference of {User}")]
    private static partial void LogNotSaved(ILogger logger, Exception exception, string user);
}
