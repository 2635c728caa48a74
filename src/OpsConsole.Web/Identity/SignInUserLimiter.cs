using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

/// <summary>
/// Sign-in attempts per user name (Security:SignInPermitsPerUserPerMinute), from any address: the
/// per-address limit is the "sign-in" rate limiter policy on the endpoint, which cannot see the form.
/// </summary>
public sealed class SignInUserLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInUserLimiter(IOptions<SecurityOptions> options)
    {
        var permits = Math.Max(1, options.Value.SignInPermitsPerUserPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(userName =>
            RateLimitPartition.GetFixedWindowLimiter(userName.ToUpperInvariant(), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
