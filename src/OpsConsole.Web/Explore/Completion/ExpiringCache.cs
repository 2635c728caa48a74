using System.Collections.Concurrent;

namespace OpsConsole.Web.Explore.Completion;

/// <summary>
/// Answers from Prometheus kept for a short while, per key, with one fetch in flight per key however many ask
/// (ten people typing against the same metric cost Prometheus one request). A failed fetch is not kept.
/// Bounded: past <c>capacity</c> keys, expired entries go, then everything.
/// </summary>
internal sealed class ExpiringCache<TValue>(TimeProvider time, TimeSpan lifetime, int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<TValue> GetAsync(string key, Func<CancellationToken, Task<TValue>> fetch, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            if (_entries.TryGetValue(key, out var existing) && (existing.Until > now || !existing.Value.IsCompleted))
            {
                return await WaitAsync(key, existing, cancellationToken).ConfigureAwait(false);
            }
            Trim(now);
            // Not the caller's token: one caller going away must not fail the fetch the others wait on.
            var fresh = new Entry(new Lazy<Task<TValue>>(() => fetch(CancellationToken.None)), now + lifetime);
            if (existing is null ? _entries.TryAdd(key, fresh) : _entries.TryUpdate(key, fresh, existing))
            {
                return await WaitAsync(key, fresh, cancellationToken).ConfigureAwait(false);
            }
            // Another caller replaced the entry first: wait on theirs.
        }
    }

    private async Task<TValue> WaitAsync(string key, Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private void Trim(DateTimeOffset now)
    {
        if (_entries.Count < capacity)
        {
            return;
        }
        foreach (var (key, entry) in _entries)
        {
            if (entry.Until <= now && entry.Value.IsCompleted)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }

    private sealed class Entry(Lazy<Task<TValue>> value, DateTimeOffset until)
    {
        public Task<TValue> Value => value.Value;

        public DateTimeOffset Until { get; } = until;
    }
}
