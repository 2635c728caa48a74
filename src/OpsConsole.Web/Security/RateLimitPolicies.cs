namespace OpsConsole.Web.Security;

/// <summary>Names of the ASP.NET rate limiter policies (<c>.RequireRateLimiting(RateLimitPolicies.Webhook)</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in attempts per client address (POSTs only); the per-user limit lives in the sign-in service.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The Alertmanager webhook: unlimited with the webhook token, per client address without it.</summary>
    public const string Webhook = "webhook";
}
