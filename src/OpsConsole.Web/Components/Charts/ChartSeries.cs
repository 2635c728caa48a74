using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Charts;

/// <summary>
/// One point as the JS module wants it: <c>x</c> is epoch milliseconds (line) or a category (bar, donut);
/// <c>y</c> is null for a gap (NaN and infinities cannot cross JSON).
/// </summary>
public sealed record ChartPoint(object X, double? Y)
{
    public static ChartPoint At(DateTimeOffset timestamp, double value) =>
        new(timestamp.ToUnixTimeMilliseconds(), Finite(value));

    public static ChartPoint Category(string category, double value) => new(category, Finite(value));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>A named series of chart points.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data)
{
    /// <summary>A range-query series named by one of its labels (e.g. region), or by <paramref name="fallbackName"/>.</summary>
    public static ChartSeries FromMetric(MetricSeries series, string nameLabel, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(series);
        var name = series.Labels[nameLabel] ?? fallbackName;
        return new ChartSeries(name, [.. series.Points.Select(p => ChartPoint.At(p.Timestamp, p.Value))]);
    }
}
