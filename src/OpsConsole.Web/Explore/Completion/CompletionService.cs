using Microsoft.Extensions.Options;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Explore.Completion;

/// <summary>
/// What the editor completes, asked of Prometheus by the console: metric names and label values through
/// <c>/api/v1/label/{name}/values</c> with <c>match[]</c> and a time bound (never <c>/api/v1/series</c>), label
/// names through <c>/api/v1/labels</c>. Answers are cached briefly and shared, ranked fuzzily here and capped.
/// </summary>
public sealed class CompletionService
{
    private readonly IPrometheusClient _prometheus;
    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<ExploreOptions> _options;
    private readonly ExpiringCache<IReadOnlyList<string>> _lists;
    private readonly ExpiringCache<IReadOnlyDictionary<string, MetricCompletion>> _metadata;

    public CompletionService(IPrometheusClient prometheus, TimeProvider time, IOptionsMonitor<ExploreOptions> options)
    {
        _prometheus = prometheus;
        _time = time;
        _options = options;
        var lifetime = options.CurrentValue.CompletionCacheLifetime;
        _lists = new ExpiringCache<IReadOnlyList<string>>(time, lifetime, capacity: 2_000);
        _metadata = new ExpiringCache<IReadOnlyDictionary<string, MetricCompletion>>(time, lifetime, capacity: 1);
    }

    public async Task<MetricCompletions> MetricNamesAsync(string? typed, int limit, CancellationToken cancellationToken)
    {
        var names = await _lists.GetAsync("metric-names", ct => LabelValuesAsync("__name__", null, ct), cancellationToken)
            .ConfigureAwait(false);
        var (top, matched) = FuzzyRank.Rank(names, typed, Cap(limit));
        var metadata = await MetadataAsync(cancellationToken).ConfigureAwait(false);
        var metrics = top.Select(name => metadata.GetValueOrDefault(name) ?? new MetricCompletion(name, null, null)).ToList();
        return new MetricCompletions(metrics, matched);
    }

    public async Task<Completions> LabelNamesAsync(string? metric, string? typed, int limit, CancellationToken cancellationToken)
    {
        var selector = CompletionMatcher.Selector(metric, []);
        var names = await _lists.GetAsync($"label-names\n{selector}", async ct =>
        {
            var (start, end) = Window();
            var answer = await _prometheus.LabelNamesAsync(selector is null ? null : [selector], start, end, ct).ConfigureAwait(false);
            return answer.Value;
        }, cancellationToken).ConfigureAwait(false);
        var (top, matched) = FuzzyRank.Rank(names, typed, Cap(limit));
        return new Completions(top, matched);
    }

    public async Task<Completions> LabelValuesAsync(
        string label, string? metric, IReadOnlyList<CompletionMatcher> matchers, string? typed, int limit, CancellationToken cancellationToken)
    {
        if (!PromQl.IsValidLabelName(label))
        {
            return new Completions([], 0);
        }
        var selector = CompletionMatcher.Selector(metric, matchers);
        var values = await _lists.GetAsync($"label-values\n{label}\n{selector}", ct => LabelValuesAsync(label, selector, ct), cancellationToken)
            .ConfigureAwait(false);
        var (top, matched) = FuzzyRank.Rank(values, typed, Cap(limit));
        return new Completions(top, matched);
    }

    private async Task<IReadOnlyList<string>> LabelValuesAsync(string label, string? selector, CancellationToken cancellationToken)
    {
        var (start, end) = Window();
        var answer = await _prometheus.LabelValuesAsync(label, selector is null ? null : [selector], start, end, cancellationToken)
            .ConfigureAwait(false);
        return answer.Value;
    }

    // Metadata is optional decoration: without it the names still complete.
    private async Task<IReadOnlyDictionary<string, MetricCompletion>> MetadataAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _metadata.GetAsync("metadata", async ct =>
            {
                var all = await _prometheus.MetadataAsync(null, null, ct).ConfigureAwait(false);
                return (IReadOnlyDictionary<string, MetricCompletion>)all
                    .Where(m => m.Value.Count > 0)
                    .ToDictionary(m => m.Key, m => new MetricCompletion(m.Key, TypeName(m.Value[0].Type), m.Value[0].Help), StringComparer.Ordinal);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (PrometheusApiException)
        {
            return new Dictionary<string, MetricCompletion>();
        }
    }

    private static string TypeName(MetricType type) => type.ToString().ToLowerInvariant();

    private (DateTimeOffset Start, DateTimeOffset End) Window()
    {
        var now = _time.GetUtcNow();
        return (now - _options.CurrentValue.CompletionLookback, now);
    }

    private int Cap(int limit) => Math.Clamp(limit, 1, Math.Max(1, _options.CurrentValue.MaxCompletions));
}
