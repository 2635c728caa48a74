using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Web.Alerts;

/// <summary>
/// A silence to create or the new content of one to update. There is deliberately no createdBy: the service always
/// uses the signed-in user. Give either <see cref="EndsAt"/> or <see cref="Duration"/> (a preset such as 2 h).
/// </summary>
public sealed record SilenceRequest
{
    /// <summary>At least one; not all may match the empty string (Alertmanager refuses a silence that would match everything).</summary>
    public required IReadOnlyList<Matcher> Matchers { get; init; }

    /// <summary>Null: now.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>From <see cref="StartsAt"/> (or now); used when <see cref="EndsAt"/> is null.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Required by Alertmanager; at most 1,000 characters.</summary>
    public required string Comment { get; init; }
}
