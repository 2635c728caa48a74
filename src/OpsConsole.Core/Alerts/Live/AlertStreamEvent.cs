namespace OpsConsole.Core.Alerts.Live;

/// <summary>
/// One change, in stream order: <see cref="Sequence"/> counts up by one per event with no gaps.
/// <see cref="At"/> is when it happened as best known: the alert's own startsAt for Pending/Fired and its endsAt
/// for a Resolved notification; otherwise when the console learned of it.
/// </summary>
public sealed record AlertStreamEvent(long Sequence, AlertChange Change, string Fingerprint, LiveAlert Alert, DateTimeOffset At);
