using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Components.Account;

/// <summary>
/// The sign-in form, rendered statically (no circuit) so the cookie can be set on the form's own response;
/// the antiforgery token comes with the EditForm.
/// </summary>
public sealed partial class SignIn
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "sign-in")]
    private SignInInput? Input { get; set; }

    [SupplyParameterFromQuery(Name = "returnUrl")]
    private string? ReturnUrl { get; set; }

    /// <summary>Why the browser was sent here: a wall screen whose kiosk token was revoked says so (WallPage.razor.js).</summary>
    [SupplyParameterFromQuery(Name = "reason")]
    private string? Reason { get; set; }

    private const string KioskRevokedReason = "kiosk-revoked";

    [Inject]
    private PasswordSignIn Passwords { get; set; } = default!;

    [Inject]
    private IOptionsMonitor<AuthOptions> Auth { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool OidcEnabled => Auth.CurrentValue.Oidc.Enabled;

    private string OidcName => Auth.CurrentValue.Oidc.DisplayName;

    private string OidcHref => $"{AccountEndpoints.OidcPath}?returnUrl={Uri.EscapeDataString(Target)}";

    /// <summary>The local path to return to: from the posted form, else from the query string.</summary>
    private string Target => LocalPath.OrRoot(Input?.ReturnUrl ?? ReturnUrl);

    // The form binds to Input by name ("Input.UserName"), so the fields must use Input itself.
    protected override void OnInitialized() => Input ??= new SignInInput();

    private async Task SignInAsync()
    {
        var input = Input ??= new SignInInput();
        var result = await Passwords.SignInAsync(input.UserName, input.Password, RateLimitSetup.AddressOf(HttpContext), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!,
                    new AuthenticationProperties { IsPersistent = true });
                Navigation.NavigateTo(Target, forceLoad: true);
                return;
            case SignInOutcome.LockedOut:
                _error = AccountText.LockedOut;
                break;
            case SignInOutcome.Throttled:
                HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                _error = AccountText.Throttled;
                break;
            default:
                _error = AccountText.InvalidCredentials;
                break;
        }
        // Never echo the password back into the form.
        input.Password = null;
    }
}
