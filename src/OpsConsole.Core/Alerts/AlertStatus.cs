namespace OpsConsole.Core.Alerts;

/// <summary>Alertmanager's view of an alert: its state and the silences and alerts that suppress it.</summary>
public sealed record AlertStatus(AlertState State, IReadOnlyList<string> SilencedBy, IReadOnlyList<string> InhibitedBy)
{
    public static AlertStatus Active { get; } = new(AlertState.Active, [], []);
}
