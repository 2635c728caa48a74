using System.Text.Json.Serialization;

namespace OpsConsole.Core.Alerts.Live;

[JsonConverter(typeof(JsonStringEnumConverter<AlertPhase>))]
public enum AlertPhase
{
    /// <summary>Prometheus's condition holds but its <c>for</c> period has not passed: not in Alertmanager yet.</summary>
    Pending,

    Firing,

    /// <summary>Only in <see cref="AlertChange.Resolved"/> events: resolved alerts leave the snapshot.</summary>
    Resolved,
}
