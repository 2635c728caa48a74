using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Tests.Explore;

/// <summary>An <see cref="IPrometheusClient"/> that answers label lookups from tables and records every call it gets.</summary>
internal sealed class FakePrometheusClient : IPrometheusClient
{
    public List<string> Calls { get; } = [];

    public List<(string Label, IReadOnlyCollection<string>? Matchers, DateTimeOffset? Start, DateTimeOffset? End)> LabelValueCalls { get; } = [];

    public Dictionary<string, IReadOnlyList<string>> LabelValues { get; } = [];

    public IReadOnlyList<string> LabelNames { get; set; } = [];

    public Dictionary<string, IReadOnlyList<MetricMetadata>> Metadata { get; } = [];

    public Func<string, QueryValue>? Instant { get; set; }

    public Func<RangeQuery, CancellationToken, Task<IReadOnlyList<MetricSeries>>>? Range { get; set; }

    public Exception? Failure { get; set; }

    public async Task<QueryResult<QueryValue>> QueryAsync(string query, DateTimeOffset? time, CancellationToken cancellationToken)
    {
        Calls.Add("query " + query);
        await Task.Yield();
        ThrowIfFailing();
        return new(Instant?.Invoke(query) ?? new VectorValue([]), [], []);
    }

    public async Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken)
    {
        Calls.Add("query_range " + query.Expression);
        ThrowIfFailing();
        var series = Range is null ? [] : await Range(query, cancellationToken);
        return new(series, ["a warning"], ["an info"]);
    }

    public Task<QueryResult<IReadOnlyList<LabelSet>>> SeriesAsync(
        IReadOnlyCollection<string> matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        Calls.Add("series");
        throw new InvalidOperationException("Explore must never ask /api/v1/series.");
    }

    public Task<QueryResult<IReadOnlyList<string>>> LabelNamesAsync(
        IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        Calls.Add("labels " + string.Join(",", matchers ?? []));
        ThrowIfFailing();
        return Task.FromResult(new QueryResult<IReadOnlyList<string>>(LabelNames, [], []));
    }

    public Task<QueryResult<IReadOnlyList<string>>> LabelValuesAsync(
        string labelName, IReadOnlyCollection<string>? matchers, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        Calls.Add("label-values " + labelName);
        LabelValueCalls.Add((labelName, matchers, start, end));
        ThrowIfFailing();
        return Task.FromResult(new QueryResult<IReadOnlyList<string>>(LabelValues.GetValueOrDefault(labelName) ?? [], [], []));
    }

    public Task<ScrapeTargets> TargetsAsync(TargetStateFilter state, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<RuleGroup>> RulesAsync(RuleTypeFilter type, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PrometheusAlert>> AlertsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MetricMetadata>>> MetadataAsync(string? metric, int? limit, CancellationToken cancellationToken)
    {
        Calls.Add("metadata");
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<MetricMetadata>>>(Metadata);
    }

    public Task<PrometheusBuildInfo> BuildInfoAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> ConfigYamlAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    private void ThrowIfFailing()
    {
        if (Failure is not null)
        {
            throw Failure;
        }
    }
}
