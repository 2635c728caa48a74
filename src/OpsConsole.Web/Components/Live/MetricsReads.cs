using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Charts;

namespace OpsConsole.Web.Components.Live;

/// <summary>Reads a panel's shape (one number, series over time, categories) out of the metrics port.</summary>
public static class MetricsReads
{
    /// <summary>The value of a single-element instant vector; null when the result is empty.</summary>
    public static async Task<double?> ScalarAsync(IMetricsSource source, string expression, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = await source.QueryAsync(expression, time: null, cancellationToken).ConfigureAwait(false);
        return result.Value.Count == 0 ? null : result.Value[0].Point.Value;
    }

    /// <summary>
    /// Series over the window ending now, one per value of <paramref name="seriesLabel"/>. The end is aligned to
    /// the step so every viewer asks the same question within a step (and the backend can cache it).
    /// </summary>
    public static async Task<IReadOnlyList<ChartSeries>> RangeAsync(
        IMetricsSource source, string expression, DateTimeOffset now, TimeSpan window, TimeSpan step,
        string seriesLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % step.Ticks), TimeSpan.Zero);
        var result = await source.QueryRangeAsync(new RangeQuery(expression, end - window, end, step), cancellationToken)
            .ConfigureAwait(false);
        return [.. result.Value
            .Select(series => ChartSeries.FromMetric(series, seriesLabel, expression))
            .OrderBy(series => series.Name, StringComparer.Ordinal)];
    }

    /// <summary>One series of categories taken from <paramref name="categoryLabel"/>, ordered by <paramref name="order"/>.</summary>
    public static async Task<IReadOnlyList<ChartSeries>> CategoriesAsync(
        IMetricsSource source, string expression, string categoryLabel, string seriesName,
        Func<string, double> order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(order);
        var result = await source.QueryAsync(expression, time: null, cancellationToken).ConfigureAwait(false);
        var points = result.Value
            .Select(sample => (Category: sample.Labels[categoryLabel] ?? string.Empty, sample.Point.Value))
            .OrderBy(pair => order(pair.Category))
            .Select(pair => ChartPoint.Category(pair.Category, pair.Value))
            .ToList();
        return [new ChartSeries(seriesName, points)];
    }
}
