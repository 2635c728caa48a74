using MudBlazor;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>How a recorded state reads in a timeline or the history table.</summary>
internal static class HistoryStateStyle
{
    public static Color ColorOf(string state) => state switch
    {
        AlertHistoryStates.Firing => Color.Error,
        AlertHistoryStates.Pending => Color.Warning,
        AlertHistoryStates.Resolved => Color.Success,
        AlertHistoryStates.Acknowledged => Color.Primary,
        AlertHistoryStates.Silenced => Color.Info,
        _ => Color.Default,
    };

    /// <summary>"acknowledged by alice", "silenced by bob", "firing"...</summary>
    public static string Describe(AlertHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var label = entry.State switch
        {
            AlertHistoryStates.Pending => AlertsText.HistoryPending,
            AlertHistoryStates.Firing => AlertsText.HistoryFiring,
            AlertHistoryStates.Resolved => AlertsText.HistoryResolved,
            AlertHistoryStates.Silenced => AlertsText.HistorySilenced,
            AlertHistoryStates.Unsilenced => AlertsText.HistoryUnsilenced,
            AlertHistoryStates.Acknowledged => AlertsText.HistoryAcknowledged,
            AlertHistoryStates.Unacknowledged => AlertsText.HistoryUnacknowledged,
            _ => entry.State,
        };
        return entry.By is { Length: > 0 } by ? AlertsText.HistoryStateBy(label, by) : label;
    }

    /// <summary>In the display time zone, the date as the UI language writes it.</summary>
    public static string Local(DateTimeOffset at, TimeProvider time) => DisplayTime.DateTime(at, time);
}
