namespace OpsConsole.Core.Alerts.Live;

/// <summary>Tuning of <see cref="AlertStream"/>.</summary>
public sealed class AlertStreamOptions
{
    /// <summary>
    /// How long a resolved alert is remembered, so a late or repeated notification about that incident is known
    /// to be stale. Alertmanager retries a webhook for minutes, not hours.
    /// </summary>
    public TimeSpan ResolvedMemory { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A subscriber with this many undelivered events is dropped (its <see cref="AlertSubscription.Completion"/> faults).</summary>
    public int MaxQueuedEvents { get; set; } = 10_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ResolvedMemory, TimeSpan.FromMinutes(1), nameof(ResolvedMemory));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQueuedEvents, 1, nameof(MaxQueuedEvents));
    }
}
