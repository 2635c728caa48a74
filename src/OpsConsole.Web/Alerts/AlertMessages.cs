using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Web.Alerts;

// The wire shape of live alerts for the hub (JSON and MessagePack) and the REST API. Core's records carry
// LabelSet and enums that serialise badly; these are plain strings, dictionaries and times.

/// <summary>The current alerts after event <see cref="Sequence"/>; apply events with a higher sequence, in order.</summary>
public sealed record AlertSnapshotMessage
{
    public required long Sequence { get; init; }

    /// <summary>When the console last healed its state against Alertmanager; null until the first pass after start.</summary>
    public DateTimeOffset? ReconciledAt { get; init; }

    public required IReadOnlyList<AlertMessage> Alerts { get; init; }
}

/// <summary>One change. <see cref="Change"/>: pending, fired, resolved, silenced, unsilenced, acknowledged, unacknowledged, updated.</summary>
public sealed record AlertEventMessage
{
    public required long Sequence { get; init; }

    public required string Change { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>The alert after the change (for "resolved": its last state, phase "resolved").</summary>
    public required AlertMessage Alert { get; init; }

    /// <summary>When it happened as best known: startsAt for pending/fired, endsAt for resolved, else when the console learned it.</summary>
    public required DateTimeOffset At { get; init; }
}

public sealed record AlertMessage
{
    public required string Fingerprint { get; init; }

    public required string AlertName { get; init; }

    /// <summary>pending, firing or resolved.</summary>
    public required string Phase { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Plain text (summary, description, runbook_url...): never render as markup.</summary>
    public required IReadOnlyDictionary<string, string> Annotations { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    public string? GeneratorUrl { get; init; }

    public required IReadOnlyList<string> SilencedBy { get; init; }

    public required IReadOnlyList<string> InhibitedBy { get; init; }

    public required IReadOnlyList<string> Receivers { get; init; }

    public AcknowledgementMessage? Acknowledgement { get; init; }
}

public sealed record AcknowledgementMessage
{
    public required string By { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? Note { get; init; }

    public string? SilenceId { get; init; }
}

/// <summary>Maps Core's live alert records to the messages.</summary>
public static class AlertMessages
{
    public static AlertSnapshotMessage Snapshot(AlertSnapshot snapshot, DateTimeOffset? reconciledAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new AlertSnapshotMessage
        {
            Sequence = snapshot.Sequence,
            ReconciledAt = reconciledAt,
            Alerts = [.. snapshot.Alerts.Select(Alert)],
        };
    }

    public static AlertEventMessage Event(AlertStreamEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new AlertEventMessage
        {
            Sequence = change.Sequence,
            Change = Lower(change.Change.ToString()),
            Fingerprint = change.Fingerprint,
            Alert = Alert(change.Alert),
            At = change.At,
        };
    }

    public static AlertMessage Alert(LiveAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertMessage
        {
            Fingerprint = alert.Fingerprint,
            AlertName = alert.AlertName,
            Phase = Lower(alert.Phase.ToString()),
            Labels = new Dictionary<string, string>(alert.Labels.Values, StringComparer.Ordinal),
            Annotations = new Dictionary<string, string>(alert.Annotations.Values, StringComparer.Ordinal),
            StartsAt = alert.StartsAt,
            EndsAt = alert.EndsAt,
            GeneratorUrl = alert.GeneratorUrl,
            SilencedBy = [.. alert.SilencedBy],
            InhibitedBy = [.. alert.InhibitedBy],
            Receivers = [.. alert.Receivers],
            Acknowledgement = alert.Acknowledgement is { } ack
                ? new AcknowledgementMessage { By = ack.By, At = ack.At, Note = ack.Note, SilenceId = ack.SilenceId }
                : null,
        };
    }

    private static string Lower(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
