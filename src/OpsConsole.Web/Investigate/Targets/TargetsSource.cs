using Microsoft.Extensions.Options;
using OpsConsole.Core.Live;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// The targets page's live source: /api/v1/targets and the <c>up</c> history, fetched once per period for every
/// viewer (<see cref="SharedPoll{TKey, TValue}"/>). Singleton.
/// </summary>
public sealed class TargetsSource : IAsyncDisposable
{
    /// <summary>The one key: a console talks to one Prometheus.</summary>
    public const string Key = "default";

    private readonly IPrometheusClient _prometheus;
    private readonly TimeProvider _time;
    private readonly InvestigateOptions _options;
    private readonly SharedPoll<string, TargetsSnapshot> _poll;

    public TargetsSource(IPrometheusClient prometheus, TimeProvider time, IOptions<InvestigateOptions> options, ILogger<TargetsSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _prometheus = prometheus;
        _time = time;
        _options = options.Value;
        _poll = new SharedPoll<string, TargetsSnapshot>("targets", FetchAsync,
            new SharedPollOptions { Period = _options.TargetsRefresh, Timeout = _options.FetchTimeout, Linger = _options.Linger }, time, logger);
    }

    public LiveSubscription<TargetsSnapshot> Subscribe(Func<LiveValue<TargetsSnapshot>, CancellationToken, ValueTask> onValue) =>
        _poll.Subscribe(Key, onValue);

    private async Task<TargetsSnapshot> FetchAsync(string key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var start = now - _options.TargetHistory;
        var step = _options.TargetHistoryStep;
        var targets = _prometheus.TargetsAsync(TargetStateFilter.Any, cancellationToken);
        var up = _prometheus.QueryRangeAsync(new RangeQuery("up", start, now, step), cancellationToken);
        var config = _prometheus.ConfigYamlAsync(cancellationToken);
        IReadOnlyList<MetricSeries>? history;
        try
        {
            history = (await up.ConfigureAwait(false)).Value;
        }
        catch (MetricsQueryException)
        {
            // The list of targets still matters most; the page says the history is missing.
            history = null;
        }

        return TargetsSnapshot.Build(await targets.ConfigureAwait(false), history, start, step, await ConfiguredPoolsAsync(config).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyList<string>> ConfiguredPoolsAsync(Task<string> config)
    {
        try
        {
            return ConfiguredScrapePools.FromConfigYaml(await config.ConfigureAwait(false));
        }
        catch (MetricsQueryException)
        {
            // Without the configuration the page still lists every pool that has a target.
            return [];
        }
    }

    public ValueTask DisposeAsync() => _poll.DisposeAsync();
}
