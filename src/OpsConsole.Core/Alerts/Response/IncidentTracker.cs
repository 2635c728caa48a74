using System.Runtime.InteropServices;

namespace OpsConsole.Core.Alerts.Response;

/// <summary>
/// Turns recorded changes into incidents, one change at a time (the store streams them; nothing is held but the
/// incidents themselves). Changes must come in time order per fingerprint; fingerprints may interleave.
/// </summary>
/// <remarks>
/// The rules, pinned by the hand-computed case in IncidentTrackerTests:
/// <list type="bullet">
/// <item>"firing" opens an incident; a "firing" while one is open is the same incident reported again (a webhook
/// retry, a restart re-learning the alert) and changes nothing.</item>
/// <item>the first "acknowledged" while open stops the MTTA clock; an ack with no open incident (before the alert ever
/// fired, or after it resolved) belongs to no incident and is ignored.</item>
/// <item>"resolved" closes it; a later "firing" is a new incident.</item>
/// <item>an incident belongs to the window it FIRED in, [from, to): one that fired before <c>from</c> is left out even if
/// it resolves inside; one that fired inside keeps an ack or resolve that comes after <c>to</c>.</item>
/// </list>
/// </remarks>
public sealed class IncidentTracker(DateTimeOffset from, DateTimeOffset to)
{
    private readonly Dictionary<string, Incident?> _open = new(StringComparer.Ordinal);
    private readonly List<Incident> _closed = [];

    public void Add(AlertTransition change)
    {
        // One hash lookup per change: a quarter of history is a few hundred thousand of them.
        ref var open = ref CollectionsMarshal.GetValueRefOrAddDefault(_open, change.Fingerprint, out _);
        switch (change.Kind)
        {
            case TransitionKind.Fired when open is null:
                // An incident firing outside the window still has to be tracked as open, so its resolve is not
                // mistaken for nothing and a re-fire after it is recognised as new; it is only never counted.
                open = new Incident
                {
                    Fingerprint = change.Fingerprint,
                    AlertName = change.AlertName,
                    Service = change.Service,
                    Severity = change.Severity,
                    FiredAt = change.At,
                };
                break;
            case TransitionKind.Acknowledged when open is { AcknowledgedAt: null }:
                open = open with { AcknowledgedAt = Later(change.At, open.FiredAt) };
                break;
            case TransitionKind.Resolved when open is not null:
                Close(open with { ResolvedAt = Later(change.At, open.FiredAt) });
                open = null;
                break;
        }
    }

    /// <summary>Every incident that fired in the window, resolved or still open, in no particular order.</summary>
    public IReadOnlyList<Incident> Incidents()
    {
        var all = new List<Incident>(_closed);
        foreach (var open in _open.Values)
        {
            if (open is not null && InWindow(open))
            {
                all.Add(open);
            }
        }
        return all;
    }

    /// <summary>
    /// Fingerprints whose open incident fired in the window: after the window's own changes, only their first ack and
    /// resolve after it are still needed (a "firing" while open changes nothing, and nothing after the resolve counts).
    /// </summary>
    public IReadOnlyCollection<string> OpenInWindow() =>
        [.. _open.Where(o => o.Value is not null && InWindow(o.Value)).Select(o => o.Key)];

    private void Close(Incident incident)
    {
        if (InWindow(incident))
        {
            _closed.Add(incident);
        }
    }

    private bool InWindow(Incident incident) => incident.FiredAt >= from && incident.FiredAt < to;

    // Clock skew between Alertmanager and the console must not make a negative response time.
    private static DateTimeOffset Later(DateTimeOffset at, DateTimeOffset firedAt) => at < firedAt ? firedAt : at;
}
