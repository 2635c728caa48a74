using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Capacity;
using OpsConsole.Core.Live;
using OpsConsole.Web.Capacity;

namespace OpsConsole.Web.Components.Capacity;

/// <summary>
/// One row per capacity trigger of <c>deploy/capacity/*.yaml</c> (reloaded live when a file changes): metric, trigger as
/// in its rule, the action it feeds, current value, time above the threshold and time to breach. A broken file shows its
/// errors above the table; the triggers of the other files stay.
/// </summary>
public sealed partial class CapacityPage
{
    private readonly Dictionary<string, WatchedTrigger> _watched = new(StringComparer.Ordinal);
    private CapacityCatalogSnapshot _snapshot = CapacityCatalogSnapshot.Empty;

    [Inject]
    private CapacityCatalog Catalog { get; set; } = default!;

    [Inject]
    private CapacitySource Source { get; set; } = default!;

    private DateTimeOffset? OldestFetch => _watched.Values.Select(w => w.Value?.FetchedAt).Min();

    private LiveError? FirstError => _watched.Values.Select(w => w.Value?.Error).FirstOrDefault(e => e is not null);

    protected override void OnInitialized()
    {
        void Changed(object? sender, CapacityCatalogSnapshot snapshot) => _ = Apply(() => Show(snapshot));
        Catalog.Changed += Changed;
        OnDispose(() =>
        {
            Catalog.Changed -= Changed;
            foreach (var watched in _watched.Values)
            {
                watched.Subscription?.Dispose();
            }
            _watched.Clear();
        });
        Show(Catalog.Current);
    }

    // Triggers are keyed by file and id: two files may (wrongly) reuse an id, and a row key must be unique.
    private static string RowKey(CapacityFileResult file, CapacityTrigger trigger) => file.File + "/" + trigger.Id;

    private LiveValue<CapacityReading>? ValueOf(string key) => _watched.TryGetValue(key, out var watched) ? watched.Value : null;

    private static string Duration(TimeSpan span) => CapacityRow.SetDuration(span);

    /// <summary>Watches the triggers of <paramref name="snapshot"/>: unchanged queries keep their subscription (and value).</summary>
    private void Show(CapacityCatalogSnapshot snapshot)
    {
        _snapshot = snapshot;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in snapshot.Files)
        {
            foreach (var trigger in file.Triggers)
            {
                var key = RowKey(file, trigger);
                var queries = CapacityQueries.For(trigger, Source.Forecast);
                current.Add(key);
                if (_watched.TryGetValue(key, out var existing))
                {
                    if (existing.Queries == queries)
                    {
                        continue;
                    }
                    existing.Subscription?.Dispose();
                }
                var watched = new WatchedTrigger(queries);
                watched.Subscription = Source.Subscribe(queries, (value, _) => new ValueTask(Apply(() => watched.Value = value)));
                _watched[key] = watched;
            }
        }

        foreach (var gone in _watched.Keys.Where(key => !current.Contains(key)).ToList())
        {
            _watched[gone].Subscription?.Dispose();
            _watched.Remove(gone);
        }
    }

    private sealed class WatchedTrigger(CapacityQueries queries)
    {
        public CapacityQueries Queries { get; } = queries;

        public LiveSubscription<CapacityReading>? Subscription { get; set; }

        public LiveValue<CapacityReading>? Value { get; set; }
    }
}
