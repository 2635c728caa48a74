using OpsConsole.Web.Localization;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Components.Account;

/// <summary>The words of sign-in, sign-out and access denied, from Resources/AccountText.resx (en) and AccountText.zh-CN.resx.</summary>
internal static class AccountText
{
    private static readonly TextResource Text = new(nameof(AccountText));

    public static string SignInTitle => Text.Get();

    public static string KioskRevoked => Text.Get();

    public static string UserName => Text.Get();

    public static string Password => Text.Get();

    public static string SignIn => Text.Get();

    /// <summary>A prefix before the provider's name; prefer <see cref="SignInWithProvider"/>.</summary>
    public static string SignInWith => Text.Get();

    public static string SignInWithProvider(string provider) => Text.Format([provider]);

    public static string InvalidCredentials => Text.Get();

    public static string LockedOut => Text.Get();

    public static string Throttled => Text.Get();

    public static string SignOut => Text.Get();

    public static string AccessDeniedTitle => Text.Get();

    public static string AccessDenied => Text.Get();

    public static string GoHome => Text.Get();

    /// <summary>A prefix before the user's name; prefer <see cref="SignedInAsUser"/>.</summary>
    public static string SignedInAs => Text.Get();

    public static string SignedInAsUser(string user, string role) => Text.Format([user, Role(role)]);

    public static string RoleViewer => Text.Get();

    public static string RoleOperator => Text.Get();

    public static string RoleAdmin => Text.Get();

    public static string RoleKiosk => Text.Get();

    /// <summary>A role claim in words; one that is none of ours shows as it is.</summary>
    public static string Role(string role) => Roles.Normalize(role) switch
    {
        Roles.Viewer => RoleViewer,
        Roles.Operator => RoleOperator,
        Roles.Admin => RoleAdmin,
        Roles.Kiosk => RoleKiosk,
        _ => role,
    };
}
