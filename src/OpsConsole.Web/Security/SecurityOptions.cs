namespace OpsConsole.Web.Security;

/// <summary>The "Security" configuration section: rate limits, lockout and the origins trusted besides the console's own.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Sign-in form posts one client address may make per minute.</summary>
    public int SignInPermitsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts for one user name per minute, from anywhere.</summary>
    public int SignInPermitsPerUserPerMinute { get; set; } = 10;

    /// <summary>Webhook deliveries without the right token one client address may make per minute (Alertmanager, with it, is never limited).</summary>
    public int WebhookPermitsPerMinute { get; set; } = 600;

    /// <summary>Failed passwords in a row that lock a user out.</summary>
    public int LockoutFailures { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Origins (<c>https://console.example.com</c>) whose pages may open the live endpoints and send writes, besides
    /// the address a request reached the console under: the public address behind a proxy that rewrites Host or
    /// terminates TLS.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
