namespace OpsConsole.Core.Alerts;

/// <summary>The state of a silence. Unknown values from newer servers are kept as they are.</summary>
public readonly record struct SilenceState(string Value)
{
    public static SilenceState Active { get; } = new("active");

    /// <summary>Starts in the future.</summary>
    public static SilenceState Pending { get; } = new("pending");

    /// <summary>Ended or expired; Alertmanager keeps listing it for a while (its data retention).</summary>
    public static SilenceState Expired { get; } = new("expired");

    public override string ToString() => Value ?? string.Empty;
}
