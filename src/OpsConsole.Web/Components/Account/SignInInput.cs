namespace OpsConsole.Web.Components.Account;

/// <summary>The posted sign-in form.</summary>
public sealed class SignInInput
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Where to go after signing in (a local path).</summary>
    public string? ReturnUrl { get; set; }
}
