namespace OpsConsole.Core.Alerts;

/// <summary>Alertmanager's notification state of an alert. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct AlertState(string Value)
{
    public static AlertState Active { get; } = new("active");

    /// <summary>Silenced or inhibited: Alertmanager holds it but does not notify.</summary>
    public static AlertState Suppressed { get; } = new("suppressed");

    /// <summary>Received but not yet run through silences and inhibitions.</summary>
    public static AlertState Unprocessed { get; } = new("unprocessed");

    public override string ToString() => Value ?? string.Empty;
}
