using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Identity;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    Throttled,
}

public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Checks a local user's password with the per-user limit and the lockout, and audits the outcome.
/// Logs name the user and the address, never the password.
/// </summary>
public sealed partial class PasswordSignIn(
    IOptionsMonitor<AuthOptions> auth,
    SignInLockout lockout,
    SignInUserLimiter limiter,
    IAuditLog audit,
    ILogger<PasswordSignIn> logger)
{
    // Unknown names still cost one PBKDF2 run, so timing does not reveal which names exist.
    private static readonly Lazy<string> DecoyHash = new(() => PasswordHasher.Hash("decoy", PasswordHasher.DefaultIterations));

    public async Task<SignInResult> SignInAsync(string? userName, string? password, string address, CancellationToken cancellationToken)
    {
        var name = (userName ?? string.Empty).Trim();
        if (name.Length == 0 || string.IsNullOrEmpty(password))
        {
            return new SignInResult(SignInOutcome.Failed);
        }
        if (!limiter.TryAcquire(name))
        {
            LogThrottled(logger, name, address);
            await WriteAsync(name, AuditActions.SignInThrottled, address, null, cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.Throttled);
        }
        if (lockout.LockedUntil(name) is { } lockedUntil)
        {
            LogRefusedLockedOut(logger, name, address);
            await WriteAsync(name, AuditActions.SignInRefusedLockedOut, address, null, cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: lockedUntil);
        }

        var user = auth.CurrentValue.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        var role = Roles.Normalize(user?.Role);
        var matches = PasswordHasher.Verify(password, user?.PasswordHash ?? DecoyHash.Value);
        if (user is null || role is null || !matches)
        {
            LogFailed(logger, name, address);
            await WriteAsync(name, AuditActions.SignInFailed, address, null, cancellationToken).ConfigureAwait(false);
            if (lockout.RecordFailure(name) is { } until)
            {
                LogLockedOut(logger, name, until);
                await WriteAsync(name, AuditActions.LockedOut, address, $"until {until:O}", cancellationToken).ConfigureAwait(false);
                return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
            }
            return new SignInResult(SignInOutcome.Failed);
        }

        lockout.Reset(name);
        LogSignedIn(logger, user.Name, role, address);
        await WriteAsync(user.Name, AuditActions.SignedIn, address, role, cancellationToken).ConfigureAwait(false);
        var principal = ConsoleClaims.Create(user.Name, role, ConsoleClaims.LocalSource, CookieAuthenticationDefaults.AuthenticationScheme);
        return new SignInResult(SignInOutcome.Succeeded, principal);
    }

    private Task WriteAsync(string actor, string action, string address, string? detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditRecord { Actor = actor, Action = action, Address = address, Detail = detail }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} signed in as {Role} from {Address}")]
    private static partial void LogSignedIn(ILogger logger, string user, string role, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for {User} from {Address}")]
    private static partial void LogFailed(ILogger logger, string user, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{User} is locked out until {Until} after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, string user, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {User} from {Address}: locked out")]
    private static partial void LogRefusedLockedOut(ILogger logger, string user, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in throttled for {User} from {Address}: too many attempts")]
    private static partial void LogThrottled(ILogger logger, string user, string address);
}
