using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Charts;

namespace OpsConsole.Web.Components.Live;

/// <summary>Reads a panel's shape (one number, series over time, categories) out of a frame's series.</summary>
public static class FrameReads
{
    /// <summary>The newest value of the first series; null when there is none.</summary>
    public static double? Scalar(IReadOnlyList<MetricSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Count == 0 || series[0].Points.Count == 0 ? null : series[0].Points[^1].Value;
    }

    /// <summary>Series over time, one per value of <paramref name="seriesLabel"/>, ordered by name.</summary>
    public static IReadOnlyList<ChartSeries> OverTime(IReadOnlyList<MetricSeries> series, string seriesLabel, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series
            .Select(s => ChartSeries.FromMetric(s, seriesLabel, fallbackName))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>One chart series of categories taken from <paramref name="categoryLabel"/> (newest value each), ordered by <paramref name="order"/>.</summary>
    public static IReadOnlyList<ChartSeries> Categories(
        IReadOnlyList<MetricSeries> series, string categoryLabel, string seriesName, Func<string, double> order)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(order);
        var points = series
            .Where(s => s.Points.Count > 0)
            .Select(s => (Category: s.Labels[categoryLabel] ?? string.Empty, s.Points[^1].Value))
            .OrderBy(pair => order(pair.Category))
            .Select(pair => ChartPoint.Category(pair.Category, pair.Value))
            .ToList();
        return [new ChartSeries(seriesName, points)];
    }
}
