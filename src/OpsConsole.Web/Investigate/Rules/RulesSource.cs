using Microsoft.Extensions.Options;
using OpsConsole.Core.Live;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Rules;

/// <summary>The rules page's live source: /api/v1/rules once per period for every viewer. Singleton.</summary>
public sealed class RulesSource : IAsyncDisposable
{
    private const string Key = "default";
    private readonly SharedPoll<string, IReadOnlyList<RuleGroup>> _poll;

    public RulesSource(IPrometheusClient prometheus, TimeProvider time, IOptions<InvestigateOptions> options, ILogger<RulesSource> logger)
    {
        ArgumentNullException.ThrowIfNull(prometheus);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _poll = new SharedPoll<string, IReadOnlyList<RuleGroup>>("rules", (_, ct) => prometheus.RulesAsync(RuleTypeFilter.Any, ct),
            new SharedPollOptions { Period = settings.RulesRefresh, Timeout = settings.FetchTimeout, Linger = settings.Linger }, time, logger);
    }

    public LiveSubscription<IReadOnlyList<RuleGroup>> Subscribe(Func<LiveValue<IReadOnlyList<RuleGroup>>, CancellationToken, ValueTask> onValue) =>
        _poll.Subscribe(Key, onValue);

    public ValueTask DisposeAsync() => _poll.DisposeAsync();
}
