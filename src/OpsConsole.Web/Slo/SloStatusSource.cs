using Microsoft.Extensions.Options;
using OpsConsole.Core.Live;
using OpsConsole.Core.Metrics;
using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Slo;

/// <summary>
/// The SLO page's live numbers: one instant query of the recording-rule series of every SLO per period, shared by
/// every viewer (<see cref="SharedPoll{TKey, TValue}"/>); a failing Prometheus keeps the last good statuses, stale.
/// Singleton.
/// </summary>
public sealed class SloStatusSource : IAsyncDisposable
{
    /// <summary>The one key: every viewer sees every SLO of the one catalog.</summary>
    public const string Key = "default";

    private readonly SloCatalog _catalog;
    private readonly SloStatusReader _reader;
    private readonly TimeProvider _time;
    private readonly SharedPoll<string, SloStatusSnapshot> _poll;

    public SloStatusSource(SloCatalog catalog, IMetricsSource metrics, TimeProvider time, IOptions<SloOptions> options, ILogger<SloStatusSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _reader = new SloStatusReader(metrics);
        _time = time;
        var o = options.Value;
        _poll = new SharedPoll<string, SloStatusSnapshot>("slo", FetchAsync,
            new SharedPollOptions { Period = o.Refresh, Timeout = o.FetchTimeout, Linger = o.Linger }, time, logger);
    }

    public LiveSubscription<SloStatusSnapshot> Subscribe(Func<LiveValue<SloStatusSnapshot>, CancellationToken, ValueTask> onValue) =>
        _poll.Subscribe(Key, onValue);

    private async Task<SloStatusSnapshot> FetchAsync(string key, CancellationToken cancellationToken)
    {
        var catalog = _catalog.Current;
        var statuses = await _reader.ReadAsync(catalog.Slos, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new SloStatusSnapshot(statuses, catalog.Version);
    }

    public ValueTask DisposeAsync() => _poll.DisposeAsync();
}
