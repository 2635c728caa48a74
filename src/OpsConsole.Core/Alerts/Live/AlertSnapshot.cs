using System.Collections.Immutable;

namespace OpsConsole.Core.Alerts.Live;

/// <summary>
/// The current alerts (pending and firing) after event <see cref="Sequence"/>. Immutable: <see cref="Apply"/>
/// folds the following events into a new snapshot, which is how a subscriber keeps its copy.
/// </summary>
public sealed class AlertSnapshot
{
    public static readonly AlertSnapshot Empty = new(0, ImmutableDictionary<string, LiveAlert>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, LiveAlert> _alerts;

    private AlertSnapshot(long sequence, ImmutableDictionary<string, LiveAlert> alerts)
    {
        Sequence = sequence;
        _alerts = alerts;
    }

    /// <summary>The sequence number of the last event this snapshot includes (0: none yet).</summary>
    public long Sequence { get; }

    public int Count => _alerts.Count;

    /// <summary>Oldest first, ties by fingerprint, so repeated reads list in the same order.</summary>
    public IReadOnlyList<LiveAlert> Alerts =>
        [.. _alerts.Values.OrderBy(a => a.StartsAt).ThenBy(a => a.Fingerprint, StringComparer.Ordinal)];

    public LiveAlert? Find(string fingerprint) => _alerts.GetValueOrDefault(fingerprint);

    /// <summary>The snapshot after <paramref name="change"/>; itself for an event it already includes.</summary>
    /// <exception cref="InvalidOperationException">An event is missing between this snapshot and <paramref name="change"/>.</exception>
    public AlertSnapshot Apply(AlertStreamEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Sequence <= Sequence)
        {
            return this;
        }
        if (change.Sequence != Sequence + 1)
        {
            throw new InvalidOperationException($"Alert event {Sequence + 1} is missing: the snapshot is at {Sequence}, the event is {change.Sequence}.");
        }
        var alerts = change.Change == AlertChange.Resolved
            ? _alerts.Remove(change.Fingerprint)
            : _alerts.SetItem(change.Fingerprint, change.Alert);
        return new AlertSnapshot(change.Sequence, alerts);
    }

    internal static AlertSnapshot Of(long sequence, IEnumerable<LiveAlert> alerts) =>
        new(sequence, Empty._alerts.SetItems(alerts.Select(a => KeyValuePair.Create(a.Fingerprint, a))));
}
