using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Tests.Support;

/// <summary>The metrics port answering from a table; switch it to failing and back to simulate an outage.</summary>
public sealed class FakeMetricsSource : IMetricsSource
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<InstantSample>> _instant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MetricSeries>> _range = new(StringComparer.Ordinal);
    private MetricsQueryException? _failure;

    public static MetricsQueryException UnreachableError() =>
        new(MetricsQueryException.Unreachable, null, "connection refused (127.0.0.1:9090)");

    public void SetInstant(string expression, double value, params (string Name, string Value)[] labels) =>
        SetInstantAt(expression, DateTimeOffset.UnixEpoch, value, labels);

    /// <summary>As <see cref="SetInstant"/>, with the sample's timestamp (what "how long ago" is measured against).</summary>
    public void SetInstantAt(string expression, DateTimeOffset at, double value, params (string Name, string Value)[] labels)
    {
        lock (_gate)
        {
            var samples = _instant.TryGetValue(expression, out var list) ? list : _instant[expression] = [];
            var labelSet = new LabelSet(labels.Select(l => KeyValuePair.Create(l.Name, l.Value)));
            samples.RemoveAll(s => s.Labels.Equals(labelSet));
            samples.Add(new InstantSample(labelSet, new SamplePoint(at, value)));
        }
    }

    public void SetRange(string expression, string region, params SamplePoint[] points)
    {
        lock (_gate)
        {
            var series = _range.TryGetValue(expression, out var list) ? list : _range[expression] = [];
            var labelSet = new LabelSet([KeyValuePair.Create("region", region)]);
            series.RemoveAll(s => s.Labels.Equals(labelSet));
            series.Add(new MetricSeries(labelSet, points));
        }
    }

    public void FailWith(MetricsQueryException failure)
    {
        lock (_gate)
        {
            _failure = failure;
        }
    }

    public void Recover()
    {
        lock (_gate)
        {
            _failure = null;
        }
    }

    public Task<QueryResult<IReadOnlyList<InstantSample>>> QueryAsync(string expression, DateTimeOffset? time, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return Task.FromException<QueryResult<IReadOnlyList<InstantSample>>>(_failure);
            }
            IReadOnlyList<InstantSample> value = _instant.TryGetValue(expression, out var list) ? [.. list] : [];
            return Task.FromResult(new QueryResult<IReadOnlyList<InstantSample>>(value, [], []));
        }
    }

    public Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return Task.FromException<QueryResult<IReadOnlyList<MetricSeries>>>(_failure);
            }
            IReadOnlyList<MetricSeries> value = _range.TryGetValue(query.Expression, out var list) ? [.. list] : [];
            return Task.FromResult(new QueryResult<IReadOnlyList<MetricSeries>>(value, [], []));
        }
    }
}
