using Microsoft.Extensions.Logging;
using OpsConsole.Core.Alerts.Webhook;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>
/// The console's live alerts, keyed by fingerprint: fed by webhook notifications (at least once, in any order),
/// healed by reconcile passes, annotated with silences and acknowledgements. Every visible change becomes one
/// <see cref="AlertStreamEvent"/>, numbered without gaps. Register as a singleton.
/// </summary>
/// <remarks>
/// Ordering: an incident is identified by its startsAt. An observation about an older incident than the one held
/// (or remembered as resolved) is stale and ignored, so a repeated or late "firing" never resurrects a resolved
/// alert, and a late "resolved" never ends a newer incident. Alertmanager keeps startsAt stable while an alert
/// fires, so this needs no clock agreement between the console and anyone else.
/// </remarks>
public sealed class AlertStream : IAlertStream
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tombstone> _resolved = new(StringComparer.Ordinal);
    private readonly List<AlertSubscription> _subscribers = [];
    private readonly AlertStreamOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertStream> _logger;
    private List<Silence> _activeSilences = [];
    private AlertSnapshot _snapshot = AlertSnapshot.Empty;
    private long _sequence;
    private long _observations;
    private DateTimeOffset? _reconciledAt;

    public AlertStream(AlertStreamOptions options, TimeProvider timeProvider, ILogger<AlertStream> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _options = options;
        _time = timeProvider;
        _logger = logger;
    }

    public AlertSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    public DateTimeOffset? ReconciledAt
    {
        get
        {
            lock (_gate)
            {
                return _reconciledAt;
            }
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public AlertSubscription Subscribe(Func<AlertStreamEvent, CancellationToken, ValueTask> onEvent)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        AlertSubscription subscription;
        lock (_gate)
        {
            subscription = new AlertSubscription(_snapshot, onEvent, Leave, _logger);
            _subscribers.Add(subscription);
        }
        subscription.Start();
        return subscription;
    }

    /// <summary>Applies a webhook notification. Returns the events it caused (none for a duplicate).</summary>
    public IReadOnlyList<AlertStreamEvent> ApplyWebhook(AlertmanagerWebhook notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return Change(events =>
        {
            var now = _time.GetUtcNow();
            foreach (var alert in notification.Alerts)
            {
                Observe(Observation.From(alert), now, events);
            }
        });
    }

    /// <summary>Replaces the known silences (the web calls this after creating or expiring one; reconcile does too).</summary>
    public IReadOnlyList<AlertStreamEvent> ApplySilences(IReadOnlyCollection<Silence> silences)
    {
        ArgumentNullException.ThrowIfNull(silences);
        return Change(events => SetSilences(silences, _time.GetUtcNow(), events));
    }

    /// <summary>Call before reading the sources of a reconcile pass; pass the mark to <see cref="ApplyReconcile"/>.</summary>
    public ReconcileMark BeginReconcile()
    {
        lock (_gate)
        {
            return new ReconcileMark(_observations);
        }
    }

    /// <summary>
    /// Heals the state against the full truth: adds what notifications missed, resolves what is no longer in
    /// Alertmanager (nor pending or firing in Prometheus), and refreshes silences and inhibition.
    /// </summary>
    public IReadOnlyList<AlertStreamEvent> ApplyReconcile(AlertSourceSnapshot source, ReconcileMark mark)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Change(events =>
        {
            var now = _time.GetUtcNow();
            SetSilences(source.Silences, now, events);

            var inAlertmanager = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alert in source.Alerts)
            {
                inAlertmanager.Add(alert.Fingerprint);
                Observe(Observation.From(alert), now, events);
            }

            var inPrometheus = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alert in source.RuleAlerts ?? [])
            {
                inPrometheus.Add(alert.Fingerprint);
                if (!alert.IsFiring)
                {
                    Observe(Observation.From(alert), now, events);
                }
            }

            foreach (var entry in _current.Values.ToList())
            {
                var fingerprint = entry.Alert.Fingerprint;
                if (entry.LastObserved > mark.Observation || inAlertmanager.Contains(fingerprint))
                {
                    continue;
                }
                // Firing in Prometheus but not (yet, or again) in Alertmanager: Prometheus resends within a minute.
                // Prometheus unreadable: a pending alert's fate is unknown, so it stays.
                if (inPrometheus.Contains(fingerprint) || (entry.Alert.Phase == AlertPhase.Pending && source.RuleAlerts is null))
                {
                    continue;
                }
                Resolve(entry, now, now, events);
            }

            ForgetOldResolved(now);
            _reconciledAt = now;
        });
    }

    /// <summary>Marks a current alert acknowledged; null when it is not current (or already has exactly this acknowledgement).</summary>
    public AlertStreamEvent? Acknowledge(string fingerprint, Acknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var events = Change(events =>
        {
            if (_current.TryGetValue(fingerprint, out var entry) && entry.Alert.Acknowledgement != acknowledgement)
            {
                Replace(entry, entry.Alert with { Acknowledgement = acknowledgement }, AlertChange.Acknowledged, acknowledgement.At, events);
            }
        });
        return events.Count == 0 ? null : events[0];
    }

    /// <summary>Removes the acknowledgement of a current alert; null when it is not current or not acknowledged.</summary>
    public AlertStreamEvent? Unacknowledge(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var events = Change(events =>
        {
            if (_current.TryGetValue(fingerprint, out var entry) && entry.Alert.Acknowledgement is not null)
            {
                Replace(entry, entry.Alert with { Acknowledgement = null }, AlertChange.Unacknowledged, _time.GetUtcNow(), events);
            }
        });
        return events.Count == 0 ? null : events[0];
    }

    /// <summary>Runs one input under the lock, then publishes its events to every subscriber in the same critical section.</summary>
    private List<AlertStreamEvent> Change(Action<List<AlertStreamEvent>> apply)
    {
        var events = new List<AlertStreamEvent>();
        lock (_gate)
        {
            apply(events);
            if (events.Count == 0)
            {
                return events;
            }
            var snapshot = _snapshot;
            foreach (var change in events)
            {
                snapshot = snapshot.Apply(change);
            }
            _snapshot = snapshot;
            for (var i = _subscribers.Count - 1; i >= 0; i--)
            {
                if (!events.TrueForAll(change => _subscribers[i].Post(change, _options.MaxQueuedEvents)))
                {
                    AlertStreamLog.SubscriberOverflowed(_logger, _options.MaxQueuedEvents);
                    _subscribers.RemoveAt(i);
                }
            }
        }
        return events;
    }

    private void Observe(Observation seen, DateTimeOffset now, List<AlertStreamEvent> events)
    {
        var observation = ++_observations;
        if (!_current.TryGetValue(seen.Fingerprint, out var entry))
        {
            ObserveNew(seen, now, events);
            return;
        }

        var held = entry.Alert;
        if (seen.StartsAt < held.StartsAt)
        {
            AlertStreamLog.Stale(_logger, seen.Fingerprint, seen.Phase, seen.StartsAt);
            return;
        }

        switch (seen.Phase)
        {
            case AlertPhase.Resolved:
                Resolve(entry, seen.EndsAt ?? now, seen.StartsAt, events, seen);
                return;

            case AlertPhase.Firing when held.Phase == AlertPhase.Firing && seen.StartsAt > held.StartsAt:
            case AlertPhase.Pending when held.Phase == AlertPhase.Pending && seen.StartsAt > held.StartsAt:
                // A new incident while we still hold the previous one: its end was missed.
                Resolve(entry, now, held.StartsAt, events);
                ObserveNew(seen, now, events);
                return;

            case AlertPhase.Pending when held.Phase == AlertPhase.Firing:
                // Prometheus still lists it as pending while Alertmanager already has it firing: firing wins.
                return;

            case AlertPhase.Firing when held.Phase == AlertPhase.Pending:
                entry.LastObserved = observation;
                entry.UpdatedAt = seen.UpdatedAt;
                Replace(entry, Merge(held, seen) with { Phase = AlertPhase.Firing, StartsAt = seen.StartsAt }, AlertChange.Fired, seen.StartsAt, events);
                return;

            default:
                if (seen.UpdatedAt is { } updated && entry.UpdatedAt is { } known && updated < known)
                {
                    return;
                }
                entry.LastObserved = observation;
                entry.UpdatedAt = seen.UpdatedAt ?? entry.UpdatedAt;
                var merged = Merge(held, seen);
                if (!merged.SameContentAs(held))
                {
                    Replace(entry, merged, AlertChange.Updated, now, events);
                }
                return;
        }
    }

    private void ObserveNew(Observation seen, DateTimeOffset now, List<AlertStreamEvent> events)
    {
        if (_resolved.TryGetValue(seen.Fingerprint, out var resolved) && seen.StartsAt <= resolved.StartsAt)
        {
            AlertStreamLog.Stale(_logger, seen.Fingerprint, seen.Phase, seen.StartsAt);
            return;
        }

        _resolved.Remove(seen.Fingerprint);
        var alert = new LiveAlert
        {
            Fingerprint = seen.Fingerprint,
            Labels = seen.Labels,
            Annotations = seen.Annotations,
            Phase = seen.Phase == AlertPhase.Pending ? AlertPhase.Pending : AlertPhase.Firing,
            StartsAt = seen.StartsAt,
            GeneratorUrl = seen.GeneratorUrl,
            SilencedBy = SilencesMatching(seen.Labels),
            InhibitedBy = seen.InhibitedBy ?? [],
            Receivers = seen.Receivers ?? [],
        };
        var entry = new Entry(alert) { LastObserved = _observations, UpdatedAt = seen.UpdatedAt };
        _current.Add(seen.Fingerprint, entry);
        Emit(alert.Phase == AlertPhase.Pending ? AlertChange.Pending : AlertChange.Fired, alert, seen.StartsAt, events);

        if (seen.Phase == AlertPhase.Resolved)
        {
            // The whole incident happened while we were not listening (e.g. a restart): both transitions are
            // reported, so history has them, and the snapshot ends up without it.
            Resolve(entry, seen.EndsAt ?? now, seen.StartsAt, events, seen);
        }
    }

    private void Resolve(Entry entry, DateTimeOffset endsAt, DateTimeOffset incidentStart, List<AlertStreamEvent> events, Observation? last = null)
    {
        var held = entry.Alert;
        _current.Remove(held.Fingerprint);
        var startsAt = incidentStart > held.StartsAt ? incidentStart : held.StartsAt;
        _resolved[held.Fingerprint] = new Tombstone(startsAt, _time.GetUtcNow());
        var final = (last is null ? held : Merge(held, last)) with { Phase = AlertPhase.Resolved, EndsAt = endsAt };
        Emit(AlertChange.Resolved, final, endsAt, events);
    }

    private void SetSilences(IReadOnlyCollection<Silence> silences, DateTimeOffset now, List<AlertStreamEvent> events)
    {
        _activeSilences = [.. silences.Where(s => s.IsActive)];
        foreach (var entry in _current.Values.OrderBy(e => e.Alert.Fingerprint, StringComparer.Ordinal).ToList())
        {
            var silencedBy = SilencesMatching(entry.Alert.Labels);
            if (silencedBy.SequenceEqual(entry.Alert.SilencedBy))
            {
                continue;
            }
            var change = silencedBy.Count > 0 ? AlertChange.Silenced : AlertChange.Unsilenced;
            Replace(entry, entry.Alert with { SilencedBy = silencedBy }, change, now, events);
        }
    }

    private IReadOnlyList<string> SilencesMatching(Metrics.LabelSet labels) =>
        [.. _activeSilences.Where(s => s.Matches(labels)).Select(s => s.Id).Order(StringComparer.Ordinal)];

    private void Replace(Entry entry, LiveAlert alert, AlertChange change, DateTimeOffset at, List<AlertStreamEvent> events)
    {
        entry.Alert = alert;
        Emit(change, alert, at, events);
    }

    private void Emit(AlertChange change, LiveAlert alert, DateTimeOffset at, List<AlertStreamEvent> events)
    {
        var sequence = ++_sequence;
        AlertStreamLog.Changed(_logger, alert.Fingerprint, change, sequence);
        events.Add(new AlertStreamEvent(sequence, change, alert.Fingerprint, alert, at));
    }

    private static LiveAlert Merge(LiveAlert held, Observation seen) => held with
    {
        Labels = seen.Labels,
        Annotations = seen.Annotations,
        GeneratorUrl = seen.GeneratorUrl ?? held.GeneratorUrl,
        InhibitedBy = seen.InhibitedBy ?? held.InhibitedBy,
        Receivers = seen.Receivers ?? held.Receivers,
    };

    private void ForgetOldResolved(DateTimeOffset now)
    {
        foreach (var (fingerprint, tombstone) in _resolved.ToList())
        {
            if (now - tombstone.ResolvedAt > _options.ResolvedMemory)
            {
                _resolved.Remove(fingerprint);
            }
        }
    }

    private void Leave(AlertSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscription);
        }
    }

    private sealed class Entry(LiveAlert alert)
    {
        public LiveAlert Alert { get; set; } = alert;

        /// <summary>The observation counter when an input last confirmed it; see <see cref="ReconcileMark"/>.</summary>
        public long LastObserved { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }
    }

    private sealed record Tombstone(DateTimeOffset StartsAt, DateTimeOffset ResolvedAt);
}
