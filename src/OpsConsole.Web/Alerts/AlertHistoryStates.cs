using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Web.Alerts;

/// <summary>The <c>State</c> values the history recorder stores, one per kind of <see cref="AlertChange"/> it keeps.</summary>
public static class AlertHistoryStates
{
    public const string Pending = "pending";
    public const string Firing = "firing";
    public const string Resolved = "resolved";
    public const string Silenced = "silenced";
    public const string Unsilenced = "unsilenced";
    public const string Acknowledged = "acknowledged";
    public const string Unacknowledged = "unacknowledged";

    public static IReadOnlyList<string> All { get; } = [Pending, Firing, Resolved, Silenced, Unsilenced, Acknowledged, Unacknowledged];

    /// <summary>The stored state of a change; null for changes history does not keep (in-place updates).</summary>
    public static string? Of(AlertChange change) => change switch
    {
        AlertChange.Pending => Pending,
        AlertChange.Fired => Firing,
        AlertChange.Resolved => Resolved,
        AlertChange.Silenced => Silenced,
        AlertChange.Unsilenced => Unsilenced,
        AlertChange.Acknowledged => Acknowledged,
        AlertChange.Unacknowledged => Unacknowledged,
        _ => null,
    };
}
