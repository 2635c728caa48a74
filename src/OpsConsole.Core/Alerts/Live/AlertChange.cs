using System.Text.Json.Serialization;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>What an <see cref="AlertStreamEvent"/> says happened to its alert.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlertChange>))]
public enum AlertChange
{
    /// <summary>A new alert, pending in Prometheus.</summary>
    Pending,

    /// <summary>Firing: new, or formerly pending (also a new incident of a fingerprint that had resolved).</summary>
    Fired,

    /// <summary>Gone: the alert leaves the snapshot. The event's alert keeps its last state, acknowledgement included.</summary>
    Resolved,

    /// <summary>Its set of silences changed and is not empty (first silenced, or silenced by another silence).</summary>
    Silenced,

    /// <summary>No silence mutes it any more.</summary>
    Unsilenced,

    /// <summary>Acknowledged, or its acknowledgement replaced (e.g. the ack silence got a new id).</summary>
    Acknowledged,

    Unacknowledged,

    /// <summary>Anything else visible changed in place: annotations, inhibition, receivers, generator URL.</summary>
    Updated,
}
