using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Identity;

/// <summary>
/// Locks a user name after too many failed passwords in a row, for a while (Security:LockoutFailures,
/// Security:LockoutDuration). In memory: a restart forgives, which is acceptable for a single console.
/// </summary>
public sealed class SignInLockout(TimeProvider time, IOptionsMonitor<SecurityOptions> options)
{
    private const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the user's lockout ends, or null when they may try.</summary>
    public DateTimeOffset? LockedUntil(string userName)
    {
        if (!_states.TryGetValue(userName, out var state) || state.LockedUntil is not { } until)
        {
            return null;
        }
        if (until > time.GetUtcNow())
        {
            return until;
        }
        // Served its time: a fresh start.
        _states.TryRemove(new KeyValuePair<string, State>(userName, state));
        return null;
    }

    /// <summary>Counts a failure; returns the lockout end when this failure locked the user.</summary>
    public DateTimeOffset? RecordFailure(string userName)
    {
        var limits = options.CurrentValue;
        var now = time.GetUtcNow();
        Prune(now);
        var state = _states.AddOrUpdate(
            userName,
            _ => new State(1, null, now),
            (_, current) => current with { Failures = current.Failures + 1, LastFailure = now });
        if (state.Failures < Math.Max(1, limits.LockoutFailures) || state.LockedUntil is not null)
        {
            return null;
        }
        var until = now + limits.LockoutDuration;
        _states[userName] = state with { LockedUntil = until };
        return until;
    }

    public void Reset(string userName) => _states.TryRemove(userName, out _);

    // Failures for made-up names must not grow without bound.
    private void Prune(DateTimeOffset now)
    {
        if (_states.Count < MaxTracked)
        {
            return;
        }
        var stale = now - options.CurrentValue.LockoutDuration;
        foreach (var (name, state) in _states)
        {
            var expired = state.LockedUntil is { } until ? until <= now : state.LastFailure < stale;
            if (expired)
            {
                _states.TryRemove(name, out _);
            }
        }
    }

    private sealed record State(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastFailure);
}
